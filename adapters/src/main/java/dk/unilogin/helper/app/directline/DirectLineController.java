package dk.unilogin.helper.app.directline;

import dk.unilogin.helper.app.school.ReloadableSchoolDirectory;
import dk.unilogin.helper.app.web.api.ApiProblem;
import dk.unilogin.helper.app.web.guard.AllowedOrigins;
import dk.unilogin.helper.bot.school.SchoolProfile;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The part of Direct Line 3.0 that Microsoft's Web Chat uses for a text conversation:
 * tokens, starting and reconnecting, posting and polling activities. Errors are problem
 * details with the statuses the client reacts to: 403 for an expired or wrong token, 404
 * for a conversation that has ended.
 */
@RestController
@RequestMapping(path = "/v3/directline", produces = MediaType.APPLICATION_JSON_VALUE)
class DirectLineController {
    private static final String BEARER = "bearer ";
    private static final Pattern SCHOOL_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final DirectLineConversations conversations;
    private final DirectLineTokens tokens;
    private final DirectLineTurns turns;
    private final ActivityLog log;
    private final IncomingActivityReader reader;
    private final ObjectProvider<ReloadableSchoolDirectory> schools;

    DirectLineController(DirectLineConversations conversations, DirectLineTokens tokens, DirectLineTurns turns,
                         ActivityLog log, IncomingActivityReader reader,
                         ObjectProvider<ReloadableSchoolDirectory> schools) {
        this.conversations = conversations;
        this.tokens = tokens;
        this.turns = turns;
        this.log = log;
        this.reader = reader;
        this.schools = schools;
    }

    /**
     * A token for a new conversation. With a school's secret as bearer, or with
     * {@code "school"} in the body from a page of that school's allowed origins, the
     * conversation belongs to the school; with neither, it is anonymous.
     */
    @PostMapping("/tokens/generate")
    DirectLineResponses.Conversation generate(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestHeader(name = HttpHeaders.ORIGIN, required = false) String origin,
            @RequestBody(required = false) JsonNode body) {
        String school = school(authorization, origin, body);
        DirectLineConversation conversation = conversations.create(school, locale(body))
                .orElseThrow(ApiProblem::tooManyConversations);
        String token = tokens.issue(conversation.id(), DirectLineTokens.Kind.CONVERSATION);
        return new DirectLineResponses.Conversation(conversation.id(), token, tokens.lifetimeSeconds(), null);
    }

    @PostMapping("/tokens/refresh")
    DirectLineResponses.Conversation refresh(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        Authorized authorized = authorize(authorization, null);
        String token = tokens.issue(authorized.conversation().id(), DirectLineTokens.Kind.CONVERSATION);
        return new DirectLineResponses.Conversation(authorized.conversation().id(), token, tokens.lifetimeSeconds(),
                null);
    }

    /** Starts the conversation the token was made for: 201 the first time, 200 and the same one after. */
    @PostMapping("/conversations")
    ResponseEntity<DirectLineResponses.Conversation> start(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody(required = false) JsonNode body) {
        Authorized authorized = authorize(authorization, null);
        DirectLineConversation conversation = authorized.conversation();
        String locale = body != null && body.path("locale").isString() ? localeOf(body.path("locale").stringValue())
                : conversation.locale();
        boolean started = turns.start(conversation, reader.chosenUserId(body), locale);
        return ResponseEntity.status(started ? HttpStatus.CREATED : HttpStatus.OK)
                .body(withStream(authorized, null));
    }

    /** Reconnecting: a new stream address, reading on from {@code watermark}. */
    @GetMapping("/conversations/{conversationId}")
    DirectLineResponses.Conversation reconnect(
            @PathVariable String conversationId,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestParam(required = false) String watermark) {
        Authorized authorized = authorize(authorization, conversationId);
        Watermarks.parse(watermark);
        return withStream(authorized, watermark);
    }

    @PostMapping(path = "/conversations/{conversationId}/activities")
    DirectLineResponses.ResourceResponse post(
            @PathVariable String conversationId,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody JsonNode body) {
        DirectLineConversation conversation = authorize(authorization, conversationId).conversation();
        return new DirectLineResponses.ResourceResponse(turns.post(conversation, body));
    }

    /** Polling: the activities after {@code watermark}, and the watermark to send next time. */
    @GetMapping("/conversations/{conversationId}/activities")
    ActivitySet activities(
            @PathVariable String conversationId,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestParam(required = false) String watermark) {
        DirectLineConversation conversation = authorize(authorization, conversationId).conversation();
        return log.since(conversation.id(), Watermarks.parse(watermark));
    }

    private DirectLineResponses.Conversation withStream(Authorized authorized, String watermark) {
        String conversationId = authorized.conversation().id();
        String ticket = tokens.issue(conversationId, DirectLineTokens.Kind.STREAM);
        return new DirectLineResponses.Conversation(conversationId, authorized.token(),
                tokens.secondsLeft(authorized.grant()), StreamUrls.of(conversationId, ticket, watermark));
    }

    private Authorized authorize(String authorization, String conversationId) {
        String token = bearer(authorization).orElseThrow(ApiProblem::unauthorized);
        DirectLineTokens.Check check = tokens.check(token, DirectLineTokens.Kind.CONVERSATION);
        if (check instanceof DirectLineTokens.Expired) {
            throw ApiProblem.forbidden("token-expired",
                    "The token has expired. Get a new one with POST /v3/directline/tokens/generate.");
        }
        if (!(check instanceof DirectLineTokens.Valid valid)) {
            throw invalidToken();
        }
        DirectLineTokens.Grant grant = valid.grant();
        if (conversationId != null && !conversationId.equals(grant.conversationId())) {
            throw invalidToken();
        }
        DirectLineConversation conversation = conversations.find(grant.conversationId())
                .orElseThrow(() -> ApiProblem.notFound("conversation-ended",
                        "The conversation has ended. Start a new one."));
        return new Authorized(token, grant, conversation);
    }

    private String school(String authorization, String origin, JsonNode body) {
        Optional<String> secret = bearer(authorization);
        if (secret.isPresent()) {
            return directory().flatMap(d -> d.byDirectLineSecret(secret.get())).map(SchoolProfile::id)
                    .orElseThrow(() -> ApiProblem.forbidden("secret-invalid", "No school has this Direct Line secret."));
        }
        if (body == null || !body.path("school").isString()) {
            return null;
        }
        String schoolId = body.path("school").stringValue().strip().toLowerCase(Locale.ROOT);
        SchoolProfile school = (SCHOOL_ID.matcher(schoolId).matches() ? directory().flatMap(d -> d.byId(schoolId))
                : Optional.<SchoolProfile>empty())
                .orElseThrow(() -> ApiProblem.notFound("school-not-found", "No school with this id."));
        if (!AllowedOrigins.listed(origin, school.allowedOrigins())) {
            throw ApiProblem.forbidden("origin-not-allowed",
                    "A token for this school is given only to pages of the school's allowed origins, "
                            + "or to a caller with the school's Direct Line secret.");
        }
        return school.id();
    }

    private Optional<ReloadableSchoolDirectory> directory() {
        return Optional.ofNullable(schools.getIfAvailable());
    }

    private static ApiProblem invalidToken() {
        return ApiProblem.forbidden("token-invalid", "The token is not valid for this conversation.");
    }

    private static String locale(JsonNode body) {
        return body != null && body.path("locale").isString() ? localeOf(body.path("locale").stringValue()) : "da";
    }

    /** The bot speaks Danish and English: "en", "en-US", "en-GB" are English, anything else Danish. */
    private static String localeOf(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "da";
    }

    private static Optional<String> bearer(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = authorization.substring(BEARER.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private record Authorized(String token, DirectLineTokens.Grant grant, DirectLineConversation conversation) {
    }
}
