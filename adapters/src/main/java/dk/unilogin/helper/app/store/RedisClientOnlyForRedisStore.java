package dk.unilogin.helper.app.store;

import dk.unilogin.helper.app.EnvironmentImportFilter;
import java.util.Locale;
import java.util.function.Predicate;
import org.springframework.core.env.Environment;

/**
 * Leaves Spring Boot's Redis auto-configuration out unless {@code bot.store=redis}: kept in
 * memory, the server has no use for a Redis client, and creating it loaded about 1,000 classes
 * (Lettuce, Netty, part of Spring Data) at every start. Registered in
 * {@code META-INF/spring.factories}.
 */
public final class RedisClientOnlyForRedisStore extends EnvironmentImportFilter {
    private static final String REDIS_AUTO_CONFIGURATION = "org.springframework.boot.data.redis.autoconfigure.";

    @Override
    protected Predicate<String> keeps(Environment environment) {
        boolean redis = environment == null || "redis".equals(
                environment.getProperty(StoreConfiguration.PROPERTY, "memory").strip().toLowerCase(Locale.ROOT));
        return name -> redis || !name.startsWith(REDIS_AUTO_CONFIGURATION);
    }
}
