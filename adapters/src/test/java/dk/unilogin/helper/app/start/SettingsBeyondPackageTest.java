package dk.unilogin.helper.app.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Which configurations start from the bean definitions generated at build time: those a
 * deployment gives ports, a database and limits, not those that change which beans exist.
 * The packaged application.yml is the real one.
 */
class SettingsBeyondPackageTest {
    private final SettingsBeyondPackage beyondPackage = new SettingsBeyondPackage(BuildTimeSettings.bundled());

    @Test
    void thePackagedConfigurationAloneFits() throws IOException {
        assertThat(beyondPackage.find(environment(new String[0], Map.of(), Map.of()))).isEmpty();
    }

    @Test
    void aPortADatabaseAndTheBotsLimitsFit() throws IOException {
        assertThat(beyondPackage.find(environment(
                new String[] {"--server.port=9090", "--spring.datasource.url=jdbc:postgresql://db/bot",
                    "--bot.web.rate-limit.burst=1000", "--bot.admin.username=admin",
                    "--spring.datasource.hikari.maximum-pool-size=8"},
                Map.of("SPRING_DATASOURCE_PASSWORD", "secret", "BOT_WEB_MAX_BODY_BYTES", "8192",
                    "SERVER_ADDRESS", "0.0.0.0"),
                Map.of("logging.level.root", "WARN", "spring.context.exit", "onRefresh")))).isEmpty();
    }

    @Test
    void redisAsTheStoreDoesNotFitWhereverItIsSet() throws IOException {
        assertThat(beyondPackage.find(environment(new String[] {"--bot.store=redis"}, Map.of(), Map.of())))
                .containsExactly("bot.store");
        assertThat(beyondPackage.find(environment(new String[0], Map.of("BOT_STORE", "redis"), Map.of())))
                .containsExactly("BOT_STORE");
        assertThat(beyondPackage.find(environment(new String[0], Map.of(), Map.of("bot.store", "redis"))))
                .containsExactly("bot.store");
    }

    @Test
    void theStoreSetToThePackagedValueFits() throws IOException {
        assertThat(beyondPackage.find(environment(new String[] {"--bot.store=memory"}, Map.of("BOT_STORE", "memory"),
                Map.of()))).isEmpty();
    }

    @Test
    void aTelegramTokenInThePackagedPlaceholdersVariableDoesNotFit() throws IOException {
        assertThat(beyondPackage.find(environment(new String[0], Map.of("TELEGRAM_BOT_TOKEN", "123:abc"), Map.of())))
                .containsExactly("bot.telegram.token");
    }

    @Test
    void anEmptyTokenCountsAsNone() throws IOException {
        assertThat(beyondPackage.find(environment(new String[] {"--bot.telegram.token="},
                Map.of("TELEGRAM_BOT_TOKEN", "123:abc"), Map.of()))).isEmpty();
    }

    @Test
    void exposingAnotherEndpointOrAProfileDoesNotFit() throws IOException {
        assertThat(beyondPackage.find(environment(
                new String[] {"--management.endpoints.web.exposure.include=health,mappings"}, Map.of(), Map.of())))
                .containsExactly("management.endpoints.web.exposure.include");
        StandardEnvironment profiled = environment(new String[0], Map.of(), Map.of());
        profiled.setActiveProfiles("staging");
        assertThat(beyondPackage.find(profiled)).containsExactly("spring.profiles.active");
    }

    @Test
    void theShellsVariablesAndTheJvmsPropertiesAreNotSettings() throws IOException {
        assertThat(beyondPackage.find(environment(new String[0], Map.of("PATH", "/usr/bin", "HOME", "/root",
                "DEBUGINFOD_URLS", "https://debuginfod.debian.net", "SPRINGFIELD", "yes"),
                Map.of("java.home", "/usr/lib/jvm", "user.dir", "/srv")))).isEmpty();
    }

    @Test
    void aConfigurationFileBesideTheJarIsReadSettingBySetting() throws IOException {
        StandardEnvironment fitting = environment(new String[0], Map.of(), Map.of());
        fitting.getPropertySources().addAfter("systemEnvironment", new MapPropertySource(
                "Config resource 'file [config/application.yml]' via location 'optional:file:./config/'",
                Map.of("bot.web.allowed-origins", "https://www.vestskolen.dk")));
        assertThat(beyondPackage.find(fitting)).isEmpty();

        StandardEnvironment changing = environment(new String[0], Map.of(), Map.of());
        changing.getPropertySources().addAfter("systemEnvironment", new MapPropertySource(
                "Config resource 'file [application.yml]' via location 'optional:file:./'",
                Map.of("spring.flyway.enabled", "false")));
        assertThat(beyondPackage.find(changing)).containsExactly("spring.flyway.enabled");
    }

    /** An environment as Spring Boot prepares it: arguments, system properties, variables, then the jar's application.yml. */
    private static StandardEnvironment environment(String[] arguments, Map<String, Object> variables,
            Map<String, Object> systemProperties) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.replace(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
                new MapPropertySource(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, systemProperties));
        sources.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        if (arguments.length > 0) {
            sources.addFirst(new SimpleCommandLinePropertySource(arguments));
        }
        new YamlPropertySourceLoader().load(
                "Config resource 'class path resource [application.yml]' via location 'optional:classpath:/'",
                new ClassPathResource("application.yml")).forEach(sources::addLast);
        return environment;
    }
}
