package dk.unilogin.helper.app.web.guard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with 400, every path not written in its one plain form: %-escapes, ';' path
 * parameters, backslashes, '//', '.' and '..' segments, characters outside printable ASCII.
 * No page, widget or API path needs any of them, and each is a way to make a guard and the
 * router disagree about which endpoint a request is for ("/%61pi/conversations").
 */
final class CanonicalPathFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isPlain(GuardedPaths.of(request))) {
            response.setHeader("Connection", "close");
            ProblemResponses.write(response, HttpStatus.BAD_REQUEST, "ambiguous-path",
                    "The path is encoded or ambiguous. Write it plainly, e.g. /api/conversations.");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isPlain(String path) {
        if (path.isEmpty() || path.charAt(0) != '/' || path.contains("//")) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '%' || c == ';' || c == '\\') {
                return false;
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
