package dk.unilogin.helper.app.directline;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Direct Line 3.0 endpoint ({@code bot.directline.*}). How long an idle
 * conversation lives and how many are held are the bot's {@code bot.conversations.*}.
 *
 * @param tokenLifetime           how long a token is valid; Web Chat refreshes it every 15 minutes
 * @param activitiesKept          the newest activities kept per conversation for polls and reconnects
 */
@ConfigurationProperties("bot.directline")
public record DirectLineProperties(
        @DefaultValue("30m") Duration tokenLifetime,
        @DefaultValue("50") int activitiesKept) {
}
