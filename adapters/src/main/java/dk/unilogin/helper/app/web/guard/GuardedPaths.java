package dk.unilogin.helper.app.web.guard;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The paths the web guards cover: the chat API ({@code /api/}) and Direct Line
 * ({@code /v3/directline/}). A path is judged both as sent and as the container decoded and
 * normalised it, without case, so no other spelling of a guarded path slips past a guard.
 */
final class GuardedPaths {
    static final String CHAT_API = "/api/";
    static final String DIRECT_LINE = "/v3/directline/";

    private GuardedPaths() {
    }

    static boolean guarded(HttpServletRequest request) {
        return chatApi(request) || directLine(request);
    }

    static boolean chatApi(HttpServletRequest request) {
        return under(request, CHAT_API);
    }

    static boolean directLine(HttpServletRequest request) {
        return under(request, DIRECT_LINE);
    }

    /**
     * A Direct Line client polling for activities (every second while a chat is open). It
     * runs no turn, so it is not counted against the per-address request budget.
     */
    static boolean directLinePoll(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && directLine(request)
                && normalised(request).endsWith("/activities");
    }

    private static boolean under(HttpServletRequest request, String prefix) {
        return lower(request.getRequestURI()).startsWith(prefix) || normalised(request).startsWith(prefix);
    }

    private static String normalised(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        return lower(servletPath + pathInfo);
    }

    private static String lower(String path) {
        return path == null ? "" : path.toLowerCase(Locale.ROOT);
    }
}
