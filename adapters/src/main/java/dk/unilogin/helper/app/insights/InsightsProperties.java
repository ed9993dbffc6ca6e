package dk.unilogin.helper.app.insights;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bot.insights.*}: how long recorded turns are kept ({@code retention}, default 90
 * days), when the daily purge runs ({@code purge-cron}, UTC) and how many turns may wait
 * to be written before new ones are dropped ({@code queue-capacity}, default 50,000: close to a
 * minute of turns at 1,000 a second while the writer gets little processor time, about 12 MB
 * when full; the queue's array of references, 200 KB, is all it holds at rest).
 */
@ConfigurationProperties("bot.insights")
public record InsightsProperties(
        @DefaultValue("90d") Duration retention,
        @DefaultValue("0 15 3 * * *") String purgeCron,
        @DefaultValue("50000") int queueCapacity) {

    public InsightsProperties {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("bot.insights.retention must be positive: " + retention);
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("bot.insights.queue-capacity must be at least 1: " + queueCapacity);
        }
    }
}
