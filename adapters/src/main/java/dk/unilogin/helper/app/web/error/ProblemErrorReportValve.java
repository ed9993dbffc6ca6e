package dk.unilogin.helper.app.web.error;

import dk.unilogin.helper.app.web.guard.SecurityHeaders;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error answers (a malformed request line, an encoded '/' in the path, a
 * request refused before it reaches the application) as the same problem details, with the
 * same security headers, as every other error: no HTML page, no server version.
 */
final class ProblemErrorReportValve extends ErrorReportValve {
    private final SecurityHeaders headers;

    ProblemErrorReportValve(SecurityHeaders headers) {
        this.headers = headers;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus resolved = HttpStatus.resolve(code);
        HttpStatus status = resolved != null ? resolved : HttpStatus.BAD_REQUEST;
        try {
            headers.apply(response, null, request.isSecure());
            if (code == 503 && response.getHeader("Retry-After") == null) {
                response.setHeader("Retry-After", "30");
            }
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":" + code
                        + ",\"detail\":\"" + ProblemErrorController.detail(status) + "\",\"code\":\""
                        + ProblemErrorController.code(status) + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client has gone or the response cannot take a body: nothing more to say.
        }
    }
}
