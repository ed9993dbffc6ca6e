package dk.unilogin.helper.app.web.guard;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * CORS for the API and Direct Line: only {@link AllowedOrigins} may call them, without cookies (the token
 * travels in the Authorization header). Other paths get no CORS headers at all.
 */
final class SchoolOriginCorsSource implements CorsConfigurationSource {
    /** The headers Microsoft's Web Chat sends on every Direct Line call (RxJS adds X-Requested-With). */
    private static final List<String> DIRECT_LINE_HEADERS = List.of(HttpHeaders.AUTHORIZATION,
            HttpHeaders.CONTENT_TYPE, "x-ms-bot-agent", "X-Requested-With");

    private final CorsConfiguration apiConfiguration;
    private final CorsConfiguration directLineConfiguration;

    SchoolOriginCorsSource(AllowedOrigins allowedOrigins) {
        this.apiConfiguration = new OriginCheckingConfiguration(allowedOrigins);
        apiConfiguration.setAllowedMethods(List.of("GET", "POST"));
        apiConfiguration.setAllowedHeaders(List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.AUTHORIZATION));
        apiConfiguration.setExposedHeaders(List.of(HttpHeaders.RETRY_AFTER, HttpHeaders.LOCATION));
        apiConfiguration.setAllowCredentials(false);
        apiConfiguration.setMaxAge(Duration.ofMinutes(10));
        this.directLineConfiguration = new OriginCheckingConfiguration(allowedOrigins);
        directLineConfiguration.setAllowedMethods(List.of("GET", "POST"));
        directLineConfiguration.setAllowedHeaders(DIRECT_LINE_HEADERS);
        directLineConfiguration.setExposedHeaders(List.of(HttpHeaders.RETRY_AFTER, HttpHeaders.LOCATION));
        directLineConfiguration.setAllowCredentials(false);
        directLineConfiguration.setMaxAge(Duration.ofMinutes(10));
    }

    /**
     * Direct Line's WebSocket handshake is a GET with an Origin header, so this check covers
     * the stream too: a page of another origin cannot open it.
     */
    @Override
    public CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
        if (GuardedPaths.directLine(request)) {
            return directLineConfiguration;
        }
        return request.getRequestURI().startsWith("/api/") ? apiConfiguration : null;
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
