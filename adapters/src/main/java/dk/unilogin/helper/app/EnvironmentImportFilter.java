package dk.unilogin.helper.app;

import java.util.function.Predicate;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * An auto-configuration import filter that decides class by class from the configuration: what
 * it leaves out, Spring Boot never reads. Subclasses are registered in
 * {@code META-INF/spring.factories}.
 */
public abstract class EnvironmentImportFilter implements AutoConfigurationImportFilter, EnvironmentAware {
    private Environment environment;

    @Override
    public final void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public final boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        Predicate<String> kept = keeps(environment);
        boolean[] match = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < match.length; i++) {
            match[i] = autoConfigurationClasses[i] == null || kept.test(autoConfigurationClasses[i]);
        }
        return match;
    }

    /** Which auto-configurations (by class name) to keep; {@code environment} is null when none was given. */
    protected abstract Predicate<String> keeps(Environment environment);
}
