package dk.unilogin.helper.app.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Switches on the web chat's settings and the periodic expiry of idle conversations. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebChatProperties.class)
@EnableScheduling
class WebChatConfiguration {
}
