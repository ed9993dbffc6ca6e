package dk.unilogin.helper.app.web.guard;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * CORS for the API: only {@link AllowedOrigins} may call it, without cookies (the token
 * travels in the Authorization header). Other paths get no CORS headers at all.
 */
final class SchoolOriginCorsSource implements CorsConfigurationSource {
    private final CorsConfiguration apiConfiguration;

    SchoolOriginCorsSource(AllowedOrigins allowedOrigins) {
        this.apiConfiguration = new OriginCheckingConfiguration(allowedOrigins);
        apiConfiguration.setAllowedMethods(List.of("GET", "POST"));
        apiConfiguration.setAllowedHeaders(List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.AUTHORIZATION));
        apiConfiguration.setExposedHeaders(List.of(HttpHeaders.RETRY_AFTER, HttpHeaders.LOCATION));
        apiConfiguration.setAllowCredentials(false);
        apiConfiguration.setMaxAge(Duration.ofMinutes(10));
    }

    @Override
    public CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
        return GuardedPaths.isApi(request) ? apiConfiguration : null;
    }

    /** Asks {@link AllowedOrigins} instead of holding a fixed list, so school changes apply at once. */
    private static final class OriginCheckingConfiguration extends CorsConfiguration {
        private final AllowedOrigins allowedOrigins;

        OriginCheckingConfiguration(AllowedOrigins allowedOrigins) {
            this.allowedOrigins = allowedOrigins;
        }

        @Override
        public String checkOrigin(String origin) {
            return allowedOrigins.allows(origin) ? origin : null;
        }
    }
}
