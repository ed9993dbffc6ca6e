package dk.unilogin.helper.app.database;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The insights and example-question database: migrated in the background during the start.
 * With Flyway switched off (a schema managed elsewhere) Spring Boot's own JdbcTemplate is used.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.flyway.enabled", matchIfMissing = true)
public class DatabaseConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean
    BackgroundMigration backgroundMigration() {
        return new BackgroundMigration();
    }

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource, BackgroundMigration migration) {
        return new MigratedJdbcTemplate(dataSource, migration);
    }

    /** The start ends only when the database is migrated; a failed migration stops the server. */
    @Bean
    ApplicationRunner databaseMigrated(BackgroundMigration migration) {
        return arguments -> {
            migration.awaitMigrated();
            LOG.debug("Database migrated");
        };
    }
}
