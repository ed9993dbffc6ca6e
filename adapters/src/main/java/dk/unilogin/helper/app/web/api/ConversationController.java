package dk.unilogin.helper.app.web.api;

import dk.unilogin.helper.app.web.conversation.ConversationRegistry;
import dk.unilogin.helper.app.web.conversation.WebChannel;
import dk.unilogin.helper.app.web.conversation.WebConversation;
import dk.unilogin.helper.bot.TurnProcessor;
import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.activity.Events;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The web chat API: open a conversation, post what the user typed or pressed, get the replies. */
@RestController
@RequestMapping(path = "/api/conversations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Web chat", description = "Conversations with Unilogin-hjælperen; errors are RFC 9457 problem details")
class ConversationController {
    private static final Set<String> LOCALES = Set.of("da", "en");
    private static final Pattern SCHOOL_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String BEARER = "bearer ";

    private final ConversationRegistry registry;
    private final TurnProcessor turnProcessor;

    ConversationController(ConversationRegistry registry, TurnProcessor turnProcessor) {
        this.registry = registry;
        this.turnProcessor = turnProcessor;
    }

    @PostMapping
    @Operation(summary = "Open a conversation and get the welcome")
    @ApiResponse(responseCode = "201", description = "Opened; the token is needed for every later post")
    @ApiResponse(responseCode = "400", description = "Broken JSON, unknown locale or malformed school id")
    @ApiResponse(responseCode = "413", description = "Body over 16 KiB")
    @ApiResponse(responseCode = "429", description = "Too many requests from this client; see Retry-After")
    @ApiResponse(responseCode = "503", description = "Too many open conversations")
    ResponseEntity<ConversationStarted> start(@RequestBody(required = false) StartConversationRequest request) {
        String school = request == null ? null : blankToNull(request.school());
        String locale = request == null || blankToNull(request.locale()) == null
                ? "da" : request.locale().strip().toLowerCase(Locale.ROOT);
        if (!LOCALES.contains(locale)) {
            throw ApiProblem.badRequest("unknown-locale", "'locale' must be \"da\" or \"en\".");
        }
        if (school != null && !SCHOOL_ID.matcher(school).matches()) {
            throw ApiProblem.badRequest("invalid-school", "'school' must be a school id: letters, digits, '.', '_' or '-'.");
        }
        var opened = registry.open(school, locale).orElseThrow(ApiProblem::tooManyConversations);
        WebConversation conversation = opened.conversation();
        Activity start = Activity.event(WebChannel.ID, conversation.id(), conversation.userId(),
                Events.CONVERSATION_START, school).withLocale(locale);
        var body = new ConversationStarted(conversation.id(), opened.token(), replies(start));
        return ResponseEntity.created(URI.create("/api/conversations/" + conversation.id())).body(body);
    }

    @PostMapping(path = "/{conversationId}/activities")
    @Operation(summary = "Post what the user typed (text) or pressed (value) and get the bot's replies")
    @ApiResponse(responseCode = "200", description = "The replies")
    @ApiResponse(responseCode = "400", description = "Broken JSON; empty or over-long text; neither or both of text and value")
    @ApiResponse(responseCode = "401", description = "No bearer token")
    @ApiResponse(responseCode = "404", description = "Unknown or expired conversation, or a wrong token")
    @ApiResponse(responseCode = "413", description = "Body over 16 KiB")
    @ApiResponse(responseCode = "429", description = "Too many requests from this client; see Retry-After")
    ActivitiesResponse post(@PathVariable String conversationId,
                            @Parameter(description = "Bearer <token from the opening response>")
                            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                            @RequestBody PostActivityRequest request) {
        String token = bearerToken(authorization);
        WebConversation conversation = registry.authorize(conversationId, token)
                .orElseThrow(ApiProblem::conversationNotFound);
        Activity incoming = IncomingMessage.from(request, WebChannel.ID, conversation.id(), conversation.userId());
        return new ActivitiesResponse(replies(incoming));
    }

    private List<ActivityView> replies(Activity incoming) {
        return turnProcessor.process(incoming).replies().stream()
                .filter(Activity::isMessage)
                .map(ActivityView::of)
                .toList();
    }

    private static String bearerToken(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw ApiProblem.unauthorized();
        }
        return authorization.substring(BEARER.length()).strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
