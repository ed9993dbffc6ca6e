package dk.unilogin.helper.app.web.api;

import org.springframework.http.HttpStatus;

/**
 * A failure the API reports to its caller as an RFC 9457 problem. {@code code} is a stable,
 * machine-readable name for the widget; {@code detail} explains it to a developer.
 */
public final class ApiProblem extends RuntimeException {
    private final HttpStatus status;
    private final String code;

    private ApiProblem(HttpStatus status, String code, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
    }

    public static ApiProblem badRequest(String code, String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, code, detail);
    }

    /** Missing or malformed Authorization header. */
    public static ApiProblem unauthorized() {
        return new ApiProblem(HttpStatus.UNAUTHORIZED, "token-required",
                "Send the conversation's token as 'Authorization: Bearer <token>'.");
    }

    /** Unknown or expired conversation, or the wrong token: deliberately indistinguishable. */
    public static ApiProblem conversationNotFound() {
        return new ApiProblem(HttpStatus.NOT_FOUND, "conversation-not-found",
                "No conversation with this id and token. It may have expired; start a new one.");
    }

    public static ApiProblem forbidden(String code, String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, code, detail);
    }

    public static ApiProblem notFound(String code, String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, code, detail);
    }

    public static ApiProblem tooManyConversations() {
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "busy",
                "Too many open conversations right now. Try again in a minute.");
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
