package dk.unilogin.helper.app.directline;

import dk.unilogin.helper.app.ConversationProperties;
import dk.unilogin.helper.bot.TurnProcessor;
import dk.unilogin.helper.bot.privacy.Redactor;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Direct Line 3.0 beside the web chat, over the same turn processor and the same guards
 * (CORS from the schools' origins, rate limit, body size, security headers: see
 * {@code web.guard}). The activity log lives in memory; it is the one piece to share for
 * several instances (see {@link ActivityLog}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DirectLineProperties.class)
@EnableWebSocket
class DirectLineConfiguration implements WebSocketConfigurer {
    private final ObjectProvider<ActivityStreamHandler> streamHandler;
    private final ObjectProvider<StreamHandshake> handshake;

    DirectLineConfiguration(ObjectProvider<ActivityStreamHandler> streamHandler,
                            ObjectProvider<StreamHandshake> handshake) {
        this.streamHandler = streamHandler;
        this.handshake = handshake;
    }

    @Bean
    DirectLineTokens directLineTokens(DirectLineProperties properties, ObjectProvider<Clock> clock) {
        return new DirectLineTokens(properties.tokenLifetime(), clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    DirectLineConversations directLineConversations(ConversationProperties conversations, ObjectProvider<Clock> clock) {
        return new DirectLineConversations(conversations.idleExpiry(), conversations.max(),
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    ActivityLog directLineActivityLog(DirectLineProperties properties, ObjectProvider<Clock> clock) {
        return new InMemoryActivityLog(properties.activitiesKept(), clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    DirectLineTurns directLineTurns(TurnProcessor turnProcessor, ActivityLog log) {
        return new DirectLineTurns(turnProcessor, log);
    }

    @Bean
    IncomingActivityReader directLineActivityReader() {
        return new IncomingActivityReader(new Redactor());
    }

    @Bean
    DirectLineExpiry directLineExpiry(DirectLineConversations conversations, DirectLineTokens tokens, ActivityLog log,
                                      DirectLineTurns turns) {
        return new DirectLineExpiry(conversations, tokens, log, turns);
    }

    @Bean
    StreamHandshake directLineStreamHandshake(DirectLineTokens tokens, DirectLineConversations conversations) {
        return new StreamHandshake(tokens, conversations);
    }

    @Bean(destroyMethod = "closeAll")
    ActivityStreamHandler directLineStreamHandler(ActivityLog log, DirectLineConversations conversations,
                                                  JsonMapper json) {
        return new ActivityStreamHandler(log, conversations, json);
    }

    /** How many Direct Line conversations and open streams this instance holds. */
    @Bean
    MeterBinder directLineMetrics(DirectLineConversations conversations, ActivityStreamHandler streams) {
        return registry -> {
            Gauge.builder("directline.conversations", conversations, DirectLineConversations::size)
                    .description("Direct Line conversations held").register(registry);
            Gauge.builder("directline.streams", streams, ActivityStreamHandler::openStreams)
                    .description("Open Direct Line WebSocket streams").register(registry);
        };
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        // Origins are checked by the CORS filter in front (the schools' allowed origins), not here.
        registry.addHandler(streamHandler.getObject(), "/v3/directline/conversations/*/stream")
                .addInterceptors(handshake.getObject())
                .setAllowedOriginPatterns("*");
    }
}
