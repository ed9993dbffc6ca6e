package dk.unilogin.helper.app.insights;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Deletes recorded turns older than the retention, daily at {@code bot.insights.purge-cron} (UTC). */
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final TurnStore store;
    private final Duration retention;
    private final Clock clock;

    public RetentionJob(TurnStore store, Duration retention, Clock clock) {
        this.store = store;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(cron = "${bot.insights.purge-cron:0 15 3 * * *}", zone = "UTC")
    public int purge() {
        try {
            int deleted = store.deleteRecordedBefore(clock.instant().minus(retention));
            log.info("Insights retention ({} days): deleted {} turn(s)", retention.toDays(), deleted);
            return deleted;
        } catch (RuntimeException e) {
            log.warn("Insights retention purge failed: {}", e.getClass().getSimpleName());
            return 0;
        }
    }
}
