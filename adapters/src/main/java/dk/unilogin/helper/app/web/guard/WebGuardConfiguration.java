package dk.unilogin.helper.app.web.guard;

import dk.unilogin.helper.app.store.RedisKeys;
import dk.unilogin.helper.app.store.RedisTurnAdmission;
import dk.unilogin.helper.app.web.WebChatProperties;
import dk.unilogin.helper.bot.school.SchoolDirectory;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.filter.CorsFilter;

/**
 * The filters in front of everything, outermost first: security headers, plain paths only,
 * CORS, rate limit, body size. They run before Spring Security (order -100), so refusals
 * and preflights carry the headers too.
 */
@Configuration(proxyBeanMethods = false)
class WebGuardConfiguration {
    private static final int FIRST = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    SecurityHeaders securityHeaders(WebChatProperties properties) {
        return new SecurityHeaders(properties.frameAncestors());
    }

    @Bean
    TrustedProxies trustedProxies(WebChatProperties properties) {
        return new TrustedProxies(properties.trustedProxies());
    }

    /** Counts in memory, or in Redis (shared by every instance) when {@code bot.store=redis}. */
    @Bean
    RateLimiter rateLimiter(ObjectProvider<Clock> clock, ObjectProvider<RedisKeys> redisKeys,
                            ObjectProvider<RedisTurnAdmission> admission) {
        RedisKeys keys = redisKeys.getIfAvailable();
        return keys == null
                ? new InMemoryRateLimiter(clock.getIfAvailable(Clock::systemUTC))
                : new RedisRateLimiter(admission.getObject(), keys);
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(SecurityHeaders headers) {
        var registration = new FilterRegistrationBean<>(new SecurityHeadersFilter(headers));
        registration.setOrder(FIRST);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    @Bean
    FilterRegistrationBean<CanonicalPathFilter> canonicalPathFilter() {
        var registration = new FilterRegistrationBean<>(new CanonicalPathFilter());
        registration.setOrder(FIRST + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<CorsFilter> webChatCorsFilter(WebChatProperties properties,
                                                         ObjectProvider<SchoolDirectory> schools, Environment environment) {
        boolean localhost = properties.allowLocalhostOrigins() != null
                ? properties.allowLocalhostOrigins() : environment.getActiveProfiles().length == 0;
        // Looked up once: a bean lookup on every request with an Origin header costs more than the check.
        var origins = new AllowedOrigins(properties.allowedOrigins(),
                SingletonSupplier.of(() -> schools.getIfAvailable(() -> SchoolDirectory.EMPTY)), localhost);
        var registration = new FilterRegistrationBean<>(new CorsFilter(new SchoolOriginCorsSource(origins)));
        registration.setOrder(FIRST + 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(WebChatProperties properties, RateLimiter limiter,
                                                            TrustedProxies proxies) {
        var limit = properties.rateLimit();
        var limits = new RateLimitFilter.RateLimits(
                new Allowance(limit.burst(), limit.requestsPerSecond()),
                Allowance.perMinute(limit.conversations().burst(), limit.conversations().perMinute()),
                Allowance.perDay(limit.conversations().perDay()),
                Allowance.perMinute(limit.turns().burst(), limit.turns().perMinute()));
        var registration = new FilterRegistrationBean<>(new RateLimitFilter(limiter, proxies, limits));
        registration.setOrder(FIRST + 3);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(WebChatProperties properties) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(properties.maxBodyBytes(),
                properties.bodyReadTimeout(), System::nanoTime));
        registration.setOrder(FIRST + 4);
        return registration;
    }
}
