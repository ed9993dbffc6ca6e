package dk.unilogin.helper.app.database;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application's {@link JdbcTemplate}: every statement first waits until the database is
 * migrated ({@link BackgroundMigration}), which it always is after the start, so that a
 * component used during the start (the example questions the guide's index merges in) never
 * reads a table that is not there yet.
 */
public final class MigratedJdbcTemplate extends JdbcTemplate {
    private final BackgroundMigration migration;

    public MigratedJdbcTemplate(DataSource dataSource, BackgroundMigration migration) {
        super(dataSource);
        this.migration = migration;
    }

    @Override
    protected DataSource obtainDataSource() {
        migration.awaitMigrated();
        return super.obtainDataSource();
    }
}
