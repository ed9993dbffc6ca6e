package dk.unilogin.helper.app.web.error;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page for everything that ends in {@code sendError} (Spring Security, the
 * servlet container, filters): an RFC 9457 problem with a stable {@code code}, never a
 * stack trace or the request's content. Asked for directly, {@code /error} is a page that
 * does not exist.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping(path = "${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = HttpStatus.NOT_FOUND;
        if (request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code) {
            HttpStatus resolved = HttpStatus.resolve(code);
            status = resolved != null && resolved.isError() ? resolved : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(status));
    }

    static ProblemDetail problem(HttpStatus status) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code(status));
        return problem;
    }

    /** "not-found", "method-not-allowed": the reason phrase as a code. */
    static String code(HttpStatus status) {
        return status == HttpStatus.INTERNAL_SERVER_ERROR ? "internal-error"
                : status.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
    }

    static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address.";
            case BAD_REQUEST -> "The request could not be read.";
            case UNAUTHORIZED -> "Sign in first.";
            case FORBIDDEN -> "This is not open to you.";
            case METHOD_NOT_ALLOWED -> "This address does not take this method.";
            case SERVICE_UNAVAILABLE -> "Busy or starting up. Try again in a little while.";
            case INTERNAL_SERVER_ERROR -> "Something went wrong on our side. Try again.";
            default -> status.getReasonPhrase() + ".";
        };
    }
}
