package dk.unilogin.helper.app.web.conversation;

import dk.unilogin.helper.app.web.WebChatProperties;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConversationRegistryConfiguration {

    @Bean
    ConversationRegistry conversationRegistry(WebChatProperties properties, ObjectProvider<Clock> clock) {
        return new ConversationRegistry(properties, clock.getIfAvailable(Clock::systemUTC));
    }
}
