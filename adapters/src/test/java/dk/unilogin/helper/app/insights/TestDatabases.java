package dk.unilogin.helper.app.insights;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Databases for the insights tests, migrated by the application's own Flyway scripts: a
 * fresh in-memory H2, or a fresh schema in the PostgreSQL server named by
 * {@code INSIGHTS_TEST_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/unilogin_test},
 * user/password {@code INSIGHTS_TEST_PG_USER}/{@code _PASSWORD}, default unilogin/unilogin;
 * {@code .ci/postgres.sh} sets that server up).
 */
final class TestDatabases {

    static final String PG_URL = env("INSIGHTS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/unilogin_test");
    static final String PG_USER = env("INSIGHTS_TEST_PG_USER", "unilogin");
    static final String PG_PASSWORD = env("INSIGHTS_TEST_PG_PASSWORD", "unilogin");

    private TestDatabases() {
    }

    static DataSource h2() {
        DataSource ds = new DriverManagerDataSource(
                "jdbc:h2:mem:insights-test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(ds).load().migrate();
        return ds;
    }

    /** A migrated, empty schema of its own; skips the test when no server answers. */
    static DataSource postgres(String schema) {
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            assumeTrue(false, "PostgreSQL not reachable at " + PG_URL + " as " + PG_USER + " (" + e.getMessage()
                    + "): skipping the PostgreSQL insights tests. Run .ci/postgres.sh to set one up.");
        }
        String url = PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        DataSource ds = new DriverManagerDataSource(url, PG_USER, PG_PASSWORD);
        Flyway.configure().dataSource(ds).schemas(schema).load().migrate();
        return ds;
    }

    static void dropPostgres(String schema) {
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            // Nothing to clean when the server is gone.
        }
    }

    static String uniqueSchema() {
        return "insights_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
