package dk.unilogin.helper.app.database;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Migrates the database on a thread of its own while the rest of the server starts. Opening
 * the database (the connection pool, H2's engine) and Flyway's validation and migration took
 * about a sixth of the start's main thread. Whoever needs the tables waits for
 * {@link #awaitMigrated()}; the start itself ends only when the migration has, so a database
 * that cannot be migrated still stops the server, and readiness stays DOWN until then.
 */
public final class BackgroundMigration implements FlywayMigrationStrategy {
    private final CompletableFuture<Void> migrated = new CompletableFuture<>();

    @Override
    public void migrate(Flyway flyway) {
        Thread thread = new Thread(() -> {
            try {
                flyway.migrate();
                migrated.complete(null);
            } catch (RuntimeException | Error e) {
                migrated.completeExceptionally(e);
            }
        }, "database-migration");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until the tables are there; throws when the migration failed. */
    public void awaitMigrated() {
        try {
            migrated.join();
        } catch (CompletionException e) {
            throw new DataAccessResourceFailureException("the database could not be migrated", e.getCause());
        }
    }
}
