package dk.unilogin.helper.app.examples;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The example questions kept in the insights database; the knowledge base reads them at every load. */
@Configuration(proxyBeanMethods = false)
class ExamplesConfiguration {

    @Bean
    ExampleStore exampleStore(JdbcTemplate jdbc) {
        return new ExampleStore(jdbc);
    }
}
