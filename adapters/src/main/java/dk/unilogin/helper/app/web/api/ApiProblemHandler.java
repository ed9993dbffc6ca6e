package dk.unilogin.helper.app.web.api;

import dk.unilogin.helper.app.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.ErrorResponse;

/**
 * Turns the web chat API's and Direct Line's failures into RFC 9457 problem details. Spring MVC's own errors
 * elsewhere (405, 415, unknown paths) get the same shape through
 * {@code spring.mvc.problemdetails.enabled}.
 */
@RestControllerAdvice(basePackages = {"dk.unilogin.helper.app.web.api", "dk.unilogin.helper.app.directline"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiProblemHandler.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (problem.status() == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"webchat\"");
        }
        if (problem.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            // Idle conversations expire continuously; a minute frees room.
            response.header(HttpHeaders.RETRY_AFTER, "60");
        }
        return response.body(problem(problem.status(), problem.code(), problem.getMessage()));
    }

    /** Redis unreachable: not the client's fault and soon over, so 503 with a time to try again. */
    @ExceptionHandler(StoreUnavailableException.class)
    ResponseEntity<ProblemDetail> storeUnavailable(StoreUnavailableException e) {
        LOG.warn("Web chat request refused, the conversation store is unavailable: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(StoreUnavailableException.RETRY_AFTER_SECONDS))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable",
                        "The service cannot reach its conversation store right now. Try again after Retry-After seconds."));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        // The parser's message may quote the body, which may hold personal data: not echoed, not logged.
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.BAD_REQUEST, "malformed-json",
                        "The request body is missing or is not valid JSON of the documented shape."));
    }

    /**
     * Spring Security's firewall checks a header's characters when the header is read, which
     * for the token and the origin is inside the controller: a control character there is the
     * client's error, 400, as the firewall answers elsewhere. Its message quotes the header,
     * which may hold a token: not echoed, not logged.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.BAD_REQUEST, "rejected-header",
                        "A request header holds characters that are not allowed (control characters)."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<?> unexpected(Exception e) {
        if (e instanceof ErrorResponse springError) {
            // Spring MVC's own request errors (missing header, wrong type...) keep their status.
            return ResponseEntity.status(springError.getStatusCode()).headers(springError.getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(springError.getBody());
        }
        // Class and place only: an exception's message might quote what the user typed.
        LOG.error("Web chat request failed: {} at {}", e.getClass().getName(),
                e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "unknown place");
        return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                        "Something went wrong on our side. Try again."));
    }

    static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        return problem;
    }
}
