package dk.unilogin.helper.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.unilogin.helper.app.UniloginBotApplication;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database is migrated on a thread of its own while the server starts, yet the start
 * behaves as if it were migrated first: when the start ends the tables are there, and a
 * database that cannot be migrated stops the start.
 */
class BackgroundMigrationTest {

    @Test
    void whenTheStartEndsTheDatabaseIsMigrated() {
        try (ConfigurableApplicationContext app = start("jdbc:h2:mem:migrated-at-start;DB_CLOSE_DELAY=-1")) {
            JdbcTemplate plain = new JdbcTemplate(app.getBean(javax.sql.DataSource.class));
            assertThat(plain.queryForObject("SELECT COUNT(*) FROM turn_record", Long.class)).isNotNull();
            assertThat(plain.queryForObject("SELECT COUNT(*) FROM example_question", Long.class)).isZero();
        }
    }

    @Test
    void aDatabaseThatCannotBeMigratedStopsTheStart() throws SQLException {
        String url = "jdbc:h2:mem:not-ours;DB_CLOSE_DELAY=-1";
        // A schema with tables of someone else's and no migration history: Flyway refuses it.
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE somebody_elses (id INT)");
            assertThatThrownBy(() -> start(url).close())
                    .hasRootCauseInstanceOf(FlywayException.class);
        }
    }

    private static ConfigurableApplicationContext start(String databaseUrl) {
        return new SpringApplicationBuilder(UniloginBotApplication.class)
                .run("--server.port=0", "--server.address=127.0.0.1", "--spring.datasource.url=" + databaseUrl,
                        "--spring.datasource.username=sa", "--spring.main.banner-mode=off");
    }
}
