package dk.unilogin.helper.app.insights;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;

/** Skips with a message when no PostgreSQL server is reachable (see {@link TestDatabases}). */
class InsightsQueriesPostgresTest extends InsightsQueriesContract {

    private final String schema = TestDatabases.uniqueSchema();

    @Override
    DataSource dataSource() {
        return TestDatabases.postgres(schema);
    }

    @AfterEach
    void dropSchema() {
        TestDatabases.dropPostgres(schema);
    }
}
