package dk.unilogin.helper.app.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Switches on the web chat's settings and the periodic expiry of idle conversations. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebChatProperties.class)
@EnableScheduling
@OpenAPIDefinition(info = @Info(title = "Unilogin-hjælperen web chat API", version = "1",
        description = "Open a conversation, post what the user typed or pressed, get the bot's replies. "
                + "Errors are RFC 9457 problem details (application/problem+json) with a 'code' property."))
class WebChatConfiguration {

    @Bean
    static OpenApiOnFirstRequest openApiOnFirstRequest() {
        return new OpenApiOnFirstRequest();
    }
}
