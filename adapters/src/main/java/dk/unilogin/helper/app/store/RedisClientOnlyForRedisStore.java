package dk.unilogin.helper.app.store;

import java.util.Locale;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves Spring Boot's Redis auto-configuration out unless {@code bot.store=redis}: kept in
 * memory, the server has no use for a Redis client, and creating it loaded about 1,000 classes
 * (Lettuce, Netty, part of Spring Data) at every start. Registered in
 * {@code META-INF/spring.factories}.
 */
public final class RedisClientOnlyForRedisStore implements AutoConfigurationImportFilter, EnvironmentAware {
    private static final String REDIS_AUTO_CONFIGURATION = "org.springframework.boot.data.redis.autoconfigure.";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean redis = environment == null || "redis".equals(
                environment.getProperty(StoreConfiguration.PROPERTY, "memory").strip().toLowerCase(Locale.ROOT));
        boolean[] match = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < match.length; i++) {
            String name = autoConfigurationClasses[i];
            match[i] = redis || name == null || !name.startsWith(REDIS_AUTO_CONFIGURATION);
        }
        return match;
    }
}
