package dk.unilogin.helper.app.web.guard;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/**
 * The one place the guards read a request's path, and the paths they cover: the chat API
 * ({@code /api/}) and Direct Line ({@code /v3/directline/}). {@link CanonicalPathFilter}
 * refuses every path that is not written plainly (no %-escapes, ';' parameters, '//', '.' or
 * '..' segments), so the raw path seen here is the path Spring MVC routes on. Prefixes are
 * compared without case, so a spelling the router does not serve is still guarded.
 */
public final class GuardedPaths {
    private static final String API = "/api/";
    private static final String DIRECT_LINE = "/v3/directline/";
    private static final String CONVERSATIONS = "/api/conversations";
    private static final String DIRECT_LINE_TOKENS = "/v3/directline/tokens/generate";
    private static final Pattern TURN = Pattern.compile("/api/conversations/([A-Za-z0-9_-]{1,64})/activities");
    private static final Pattern DIRECT_LINE_ACTIVITIES = Pattern.compile(
            "/v3/directline/conversations/([A-Za-z0-9_-]{1,64})/activities");
    private static final Pattern WIDGET_SETTINGS = Pattern.compile("/api/schools/[^/]+/widget");

    private GuardedPaths() {
    }

    /** The path within the application, as written by the client. */
    public static String of(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    /** The chat API or Direct Line: the paths every web guard covers. */
    public static boolean guarded(HttpServletRequest request) {
        return guarded(of(request));
    }

    static boolean guarded(String path) {
        return isApi(path) || isDirectLine(path);
    }

    public static boolean isApi(HttpServletRequest request) {
        return isApi(of(request));
    }

    static boolean isApi(String path) {
        return startsWithIgnoringCase(path, API);
    }

    public static boolean isDirectLine(HttpServletRequest request) {
        return isDirectLine(of(request));
    }

    static boolean isDirectLine(String path) {
        return startsWithIgnoringCase(path, DIRECT_LINE);
    }

    /**
     * {@code POST /api/conversations} or Direct Line's {@code POST /v3/directline/tokens/generate}
     * (the only way to a new Direct Line conversation): opening a conversation.
     */
    static boolean opensConversation(HttpServletRequest request) {
        String path = of(request);
        return "POST".equals(request.getMethod())
                && (CONVERSATIONS.equalsIgnoreCase(path) || DIRECT_LINE_TOKENS.equalsIgnoreCase(path));
    }

    /**
     * The conversation a turn is posted to, or null when the request is not a turn. A Direct
     * Line conversation's key is prefixed so it never shares a count with a web chat one.
     */
    static String turnConversation(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return null;
        }
        String path = of(request);
        var chat = TURN.matcher(path);
        if (chat.matches()) {
            return chat.group(1);
        }
        var directLine = DIRECT_LINE_ACTIVITIES.matcher(path);
        return directLine.matches() ? "directline:" + directLine.group(1) : null;
    }

    /** The web chat conversation a turn is posted to ({@code POST /api/conversations/{id}/activities}), or null. */
    static String webChatTurnConversation(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return null;
        }
        var chat = TURN.matcher(of(request));
        return chat.matches() ? chat.group(1) : null;
    }

    /** {@code GET /api/schools/{id}/widget}: cheap, cacheable, asked once per page view. */
    static boolean isWidgetSettings(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && WIDGET_SETTINGS.matcher(of(request)).matches();
    }

    /**
     * A Direct Line client polling for activities (every second while a chat is open). It
     * runs no turn, so it is not counted against the per-address request budget.
     */
    static boolean isDirectLinePoll(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && DIRECT_LINE_ACTIVITIES.matcher(of(request)).matches();
    }

    private static boolean startsWithIgnoringCase(String path, String prefix) {
        return path.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
