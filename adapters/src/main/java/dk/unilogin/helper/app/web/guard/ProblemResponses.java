package dk.unilogin.helper.app.web.guard;

import dk.unilogin.helper.app.store.StoreUnavailableException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Writes an RFC 9457 problem from a servlet filter, in the same shape as the API's
 * controller errors. Only fixed texts go in, so no JSON escaping is needed.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /** 429 with {@code Retry-After}: the wait rounded up to whole seconds, at least one. */
    public static void writeTooManyRequests(HttpServletResponse response, Duration wait, String code, String detail)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wholeSecondsUp(wait)));
        write(response, HttpStatus.TOO_MANY_REQUESTS, code, detail);
    }

    /** 503 with {@code Retry-After} while the shared store (Redis) cannot be reached. */
    public static void writeStoreUnavailable(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(StoreUnavailableException.RETRY_AFTER_SECONDS));
        write(response, HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable",
                "The service cannot reach its conversation store right now. Try again after Retry-After seconds.");
    }

    static long wholeSecondsUp(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    public static void write(HttpServletResponse response, HttpStatus status, String code, String detail) throws IOException {
        String json = "{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
