package dk.unilogin.helper.app.ops;

import dk.unilogin.helper.app.EnvironmentImportFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Leaves out, before Spring Boot reads them, the auto-configurations of Actuator endpoints that
 * are not exposed: Spring Boot would read each one at every start only to reject it by its
 * {@code @ConditionalOnAvailableEndpoint}. Which classes serve which endpoint is data
 * ({@code ops/endpoint-auto-configurations.txt}). Exposing an endpoint over the web
 * ({@code management.endpoints.web.exposure.include}) brings its classes back; with JMX on
 * ({@code spring.jmx.enabled=true}) nothing is left out, as an endpoint may be exposed there.
 * Registered in {@code META-INF/spring.factories}.
 */
public final class UnexposedEndpoints extends EnvironmentImportFilter {
    static final String RESOURCE = "ops/endpoint-auto-configurations.txt";
    private static final Map<String, String> ENDPOINT_BY_CLASS = endpointsByClass();

    @Override
    protected Predicate<String> keeps(Environment environment) {
        Exposure exposure = environment == null ? Exposure.ALL : Exposure.of(environment);
        return name -> {
            String endpoint = ENDPOINT_BY_CLASS.get(name);
            return endpoint == null || exposure.exposes(endpoint);
        };
    }

    /** The endpoint ids exposed over the web, or all of them. */
    record Exposure(boolean all, Set<String> included, Set<String> excluded) {
        static final Exposure ALL = new Exposure(true, Set.of(), Set.of());

        static Exposure of(Environment environment) {
            if (environment.getProperty("spring.jmx.enabled", Boolean.class, false)) {
                return ALL;
            }
            Binder binder = Binder.get(environment);
            Set<String> included = ids(binder, "management.endpoints.web.exposure.include", Set.of("health"));
            Set<String> excluded = ids(binder, "management.endpoints.web.exposure.exclude", Set.of());
            return new Exposure(included.contains("*"), included, excluded);
        }

        private static Set<String> ids(Binder binder, String property, Set<String> otherwise) {
            return binder.bind(property, Bindable.setOf(String.class)).map(Exposure::canonical).orElse(otherwise);
        }

        /** Endpoint ids as Spring Boot compares them: lower case, without dashes. */
        private static Set<String> canonical(Set<String> ids) {
            return ids.stream().map(id -> id.strip().replace("-", "").toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        }

        boolean exposes(String endpoint) {
            return (all || included.contains(endpoint)) && !excluded.contains(endpoint) && !excluded.contains("*");
        }
    }

    static Map<String, String> endpointsByClass() {
        Map<String, String> byClass = new HashMap<>();
        try (InputStream in = UnexposedEndpoints.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> {
                        String[] parts = line.split("\\s+");
                        Arrays.stream(parts, 1, parts.length).forEach(type -> byClass.put(type, parts[0]));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(byClass);
    }
}
