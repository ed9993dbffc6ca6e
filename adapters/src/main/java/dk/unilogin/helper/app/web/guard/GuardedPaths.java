package dk.unilogin.helper.app.web.guard;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/**
 * The one place the guards read a request's path. {@link CanonicalPathFilter} refuses every
 * path that is not written plainly (no %-escapes, ';' parameters, '//', '.' or '..'
 * segments), so the raw path seen here is the path Spring MVC routes on. The API prefix is
 * compared without case, so a spelling the router does not serve is still guarded.
 */
public final class GuardedPaths {
    private static final String API = "/api/";
    private static final String CONVERSATIONS = "/api/conversations";
    private static final Pattern TURN = Pattern.compile("/api/conversations/([A-Za-z0-9_-]{1,64})/activities");
    private static final Pattern WIDGET_SETTINGS = Pattern.compile("/api/schools/[^/]+/widget");

    private GuardedPaths() {
    }

    /** The path within the application, as written by the client. */
    public static String of(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    public static boolean isApi(HttpServletRequest request) {
        return isApi(of(request));
    }

    static boolean isApi(String path) {
        return path.regionMatches(true, 0, API, 0, API.length());
    }

    /** {@code POST /api/conversations}: opening a conversation. */
    static boolean opensConversation(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && CONVERSATIONS.equalsIgnoreCase(of(request));
    }

    /** The conversation a turn is posted to, or null when the request is not a turn. */
    static String turnConversation(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return null;
        }
        var m = TURN.matcher(of(request));
        return m.matches() ? m.group(1) : null;
    }

    /** {@code GET /api/schools/{id}/widget}: cheap, cacheable, asked once per page view. */
    static boolean isWidgetSettings(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && WIDGET_SETTINGS.matcher(of(request)).matches();
    }
}
