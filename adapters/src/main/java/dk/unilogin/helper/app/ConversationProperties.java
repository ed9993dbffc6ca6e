package dk.unilogin.helper.app;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long an idle conversation is remembered ({@code bot.conversations.idle-expiry}) and how
 * many are held at most ({@code bot.conversations.max}; the least recently used go first).
 */
@ConfigurationProperties("bot.conversations")
public record ConversationProperties(@DefaultValue("30m") Duration idleExpiry, @DefaultValue("100000") int max) {
}
