package dk.unilogin.helper.app.web.guard;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers every response carries, whoever writes it: the filters, Spring MVC,
 * the error page or Tomcat itself. The policy allows scripts, styles and connections only
 * from this origin and no inline script or style: the demo page and the widget need nothing else.
 */
public final class SecurityHeaders {
    private final String contentSecurityPolicy;

    public SecurityHeaders(String frameAncestors) {
        this.contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                + "frame-ancestors " + frameAncestors;
    }

    /**
     * @param path   the request path, for the no-store rule of the API and Direct Line; null when unknown (Tomcat's own errors)
     * @param secure whether the request came over HTTPS
     */
    public void apply(HttpServletResponse response, String path, boolean secure) {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (path == null || GuardedPaths.guarded(path)) {
            // Tokens and what parents wrote must not stay in any cache.
            response.setHeader("Cache-Control", "no-store");
        }
        if (secure) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
