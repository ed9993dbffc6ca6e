package dk.unilogin.helper.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.mock.env.MockEnvironment;

/** Actuator endpoints that are not exposed cost nothing at start; exposing one brings it back. */
class UnexposedEndpointsTest {
    private static final String BEANS = "org.springframework.boot.actuate.autoconfigure.beans.BeansEndpointAutoConfiguration";
    private static final String MAPPINGS = "org.springframework.boot.webmvc.autoconfigure.actuate.web.mappings.WebMvcMappingsAutoConfiguration";
    private static final String HEALTH = "org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration";

    @Test
    void anEndpointThatIsNotExposedLosesItsAutoConfigurationsAndOthersKeepTheirs() {
        boolean[] kept = filter(new MockEnvironment().withProperty("management.endpoints.web.exposure.include", "health,info,prometheus"))
                .match(new String[] {BEANS, MAPPINGS, HEALTH, null}, null);
        assertThat(kept).containsExactly(false, false, true, true);
    }

    @Test
    void exposingAnEndpointByNameOrByStarBringsItBack() {
        assertThat(filter(new MockEnvironment().withProperty("management.endpoints.web.exposure.include", "health, Beans"))
                .match(new String[] {BEANS, MAPPINGS}, null)).containsExactly(true, false);
        assertThat(filter(new MockEnvironment().withProperty("management.endpoints.web.exposure.include", "*"))
                .match(new String[] {BEANS, MAPPINGS}, null)).containsExactly(true, true);
    }

    @Test
    void anExcludedEndpointStaysOutEvenUnderStar() {
        MockEnvironment environment = new MockEnvironment().withProperty("management.endpoints.web.exposure.include", "*")
                .withProperty("management.endpoints.web.exposure.exclude", "mappings");
        assertThat(filter(environment).match(new String[] {BEANS, MAPPINGS}, null)).containsExactly(true, false);
    }

    @Test
    void withJmxOnNothingIsLeftOutAsAnEndpointMayBeExposedThere() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.jmx.enabled", "true");
        assertThat(filter(environment).match(new String[] {BEANS, MAPPINGS}, null)).containsExactly(true, true);
    }

    @Test
    void everyListedClassIsAnAutoConfigurationThatSpringBootImports() throws IOException {
        Set<String> imported = new HashSet<>();
        String imports = "META-INF/spring/" + AutoConfiguration.class.getName() + ".imports";
        Enumeration<URL> files = getClass().getClassLoader().getResources(imports);
        while (files.hasMoreElements()) {
            try (InputStream in = files.nextElement().openStream()) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(imported::add);
            }
        }
        assertThat(UnexposedEndpoints.endpointsByClass()).isNotEmpty();
        assertThat(imported).containsAll(UnexposedEndpoints.endpointsByClass().keySet());
    }

    private static UnexposedEndpoints filter(MockEnvironment environment) {
        UnexposedEndpoints filter = new UnexposedEndpoints();
        filter.setEnvironment(environment);
        return filter;
    }
}
