package dk.unilogin.helper.app.start;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.unilogin.helper.app.UniloginBotApplication;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The build refuses to generate bean definitions for a configuration that is not the packaged one. */
class GeneratedBeanDefinitionsTest {
    private static final String PROCESSING = "spring.aot.processing";

    @AfterEach
    void notProcessing() {
        System.clearProperty(PROCESSING);
    }

    @Test
    void generatingForAChangedStoreFailsTheBuildNamingTheSetting() {
        System.setProperty(PROCESSING, "true");
        assertThatThrownBy(() -> new GeneratedBeanDefinitions().onApplicationEvent(event("--bot.store=redis")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bot.store");
    }

    @Test
    void generatingForAnotherPortIsFine() {
        System.setProperty(PROCESSING, "true");
        assertThatCode(() -> new GeneratedBeanDefinitions().onApplicationEvent(event("--server.port=0")))
                .doesNotThrowAnyException();
    }

    private static ApplicationEnvironmentPreparedEvent event(String... arguments) {
        // Only the arguments: not the test JVM's own system properties (it sets bot.heap-at-rest).
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.replace(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
                new MapPropertySource(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, Map.of()));
        sources.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new MapPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of()));
        sources.addFirst(new SimpleCommandLinePropertySource(arguments));
        return new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
                new SpringApplication(UniloginBotApplication.class), arguments, environment);
    }
}
