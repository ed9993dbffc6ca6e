package dk.unilogin.helper.app.web.guard;

import dk.unilogin.helper.app.store.RedisKeys;
import dk.unilogin.helper.app.web.WebChatProperties;
import dk.unilogin.helper.bot.school.SchoolDirectory;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.web.filter.CorsFilter;

/**
 * The filters in front of everything, outermost first: security headers, CORS, rate
 * limit, body size. They run before Spring Security (order -100), so refusals and
 * preflights carry the headers too.
 */
@Configuration(proxyBeanMethods = false)
class WebGuardConfiguration {
    private static final int FIRST = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(WebChatProperties properties) {
        var registration = new FilterRegistrationBean<>(new SecurityHeadersFilter(properties.frameAncestors()));
        registration.setOrder(FIRST);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    @Bean
    FilterRegistrationBean<CorsFilter> webChatCorsFilter(WebChatProperties properties,
                                                         ObjectProvider<SchoolDirectory> schools, Environment environment) {
        boolean localhost = properties.allowLocalhostOrigins() != null
                ? properties.allowLocalhostOrigins() : environment.getActiveProfiles().length == 0;
        var origins = new AllowedOrigins(properties.allowedOrigins(),
                () -> schools.getIfAvailable(() -> SchoolDirectory.EMPTY), localhost);
        var registration = new FilterRegistrationBean<>(new CorsFilter(new SchoolOriginCorsSource(origins)));
        registration.setOrder(FIRST + 1);
        return registration;
    }

    /** Per-client allowances in memory, or in Redis (shared by every instance) when {@code bot.store=redis}. */
    @Bean
    RateLimitFilter rateLimitFilter(WebChatProperties properties, ObjectProvider<RedisKeys> redisKeys,
                                    ObjectProvider<StringRedisTemplate> redis) {
        var limit = properties.rateLimit();
        RedisKeys keys = redisKeys.getIfAvailable();
        return new RateLimitFilter(keys == null
                ? new RateLimiter(limit.burst(), limit.requestsPerSecond(), System::nanoTime)
                : new RedisRateLimiter(redis.getObject(), keys, limit.burst(), limit.requestsPerSecond()));
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilterRegistration(RateLimitFilter filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(FIRST + 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(WebChatProperties properties) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(properties.maxBodyBytes()));
        registration.setOrder(FIRST + 3);
        return registration;
    }
}
