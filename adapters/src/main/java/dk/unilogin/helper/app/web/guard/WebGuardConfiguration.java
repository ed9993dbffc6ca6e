package dk.unilogin.helper.app.web.guard;

import dk.unilogin.helper.app.web.WebChatProperties;
import dk.unilogin.helper.bot.school.SchoolDirectory;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
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

    @Bean
    RateLimitFilter rateLimitFilter(WebChatProperties properties) {
        var limit = properties.rateLimit();
        return new RateLimitFilter(new RateLimiter(limit.burst(), limit.requestsPerSecond(), System::nanoTime));
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
