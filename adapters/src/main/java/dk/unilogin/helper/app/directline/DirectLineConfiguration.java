package dk.unilogin.helper.app.directline;

import dk.unilogin.helper.bot.TurnProcessor;
import dk.unilogin.helper.bot.privacy.Redactor;
import dk.unilogin.helper.bot.state.ConversationLocks;
import dk.unilogin.helper.bot.state.TurnLock;
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
 * {@code web.guard}). Where conversations, tokens and activities are kept (memory or Redis)
 * is {@link DirectLineStores}.
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
    DirectLineTokens directLineTokens(TokenGrants grants, DirectLineProperties properties,
                                      ObjectProvider<Clock> clock) {
        return new DirectLineTokens(grants, properties.tokenLifetime(), clock.getIfAvailable(Clock::systemUTC));
    }

    /**
     * Turns run under the bot's turn lock when it is shared (Redis, across instances); in memory,
     * under a lock of this process, one per conversation.
     */
    @Bean
    DirectLineTurns directLineTurns(TurnProcessor turnProcessor, ActivityLog log, DirectLineConversations conversations,
                                    IncomingActivityReader reader, ObjectProvider<TurnLock> sharedLock) {
        return new DirectLineTurns(turnProcessor, log, conversations, reader,
                sharedLock.getIfAvailable(ConversationLocks::new));
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

    /** How many open streams and (kept in memory) Direct Line conversations this instance holds. */
    @Bean
    MeterBinder directLineMetrics(DirectLineConversations conversations, ActivityStreamHandler streams) {
        return registry -> {
            if (conversations instanceof InMemoryDirectLineConversations held) {
                Gauge.builder("directline.conversations", held, InMemoryDirectLineConversations::size)
                        .description("Direct Line conversations held").register(registry);
            }
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
