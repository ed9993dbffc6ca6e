package dk.unilogin.helper.app.admin;

import dk.unilogin.helper.app.examples.ExampleQuestion;
import dk.unilogin.helper.app.insights.InsightsQueries;
import dk.unilogin.helper.app.insights.InsightsReport;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin API (behind Spring Security): insights for a period and school, example
 * questions, and reloads. A school's staff get their own school only (another: 403) and
 * may propose examples; reloads and attaching are the global admin's. A reload that keeps
 * the old set answers 422 with the error, file and line.
 */
@RestController
@RequestMapping("/admin/api")
class AdminApiController {

    /** An example request is two short strings; anything much larger is not one. */
    static final int MAX_BODY_BYTES = 8 * 1024;

    private final InsightsQueries insights;
    private final Reloads reloads;
    private final ExampleEditor examples;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Clock clock;

    AdminApiController(InsightsQueries insights, Reloads reloads, ExampleEditor examples) {
        this.insights = insights;
        this.reloads = reloads;
        this.examples = examples;
        this.clock = Clock.systemUTC();
    }

    @GetMapping("/insights")
    InsightsReport insights(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String school, Authentication authentication) {
        String scope = Viewer.of(authentication).scope(school);
        AdminPeriod period = AdminPeriod.parse(from, to, clock);
        return insights.report(period.start(), period.end(), scope);
    }

    @GetMapping("/examples")
    Map<String, List<ExampleQuestion>> examples(Authentication authentication) {
        Viewer viewer = Viewer.of(authentication);
        Map<String, List<ExampleQuestion>> all = new LinkedHashMap<>();
        all.put("attached", examples.attached(viewer));
        all.put("proposed", examples.proposed(viewer));
        return all;
    }

    /**
     * {@code {"passage": "<id>", "question": "..."}}: the admin attaches (201, the guide
     * reloads), staff propose (202). The body is read only up to {@link #MAX_BODY_BYTES}.
     */
    @PostMapping("/examples")
    ResponseEntity<ExampleEditor.Outcome> addExample(HttpServletRequest request, Authentication authentication)
            throws IOException {
        Viewer viewer = Viewer.of(authentication);
        JsonNode body = boundedJson(request);
        ExampleEditor.Outcome outcome = examples.submit(viewer, text(body, "passage"), text(body, "question"));
        return ResponseEntity.status(viewer.global() ? HttpStatus.CREATED : HttpStatus.ACCEPTED).body(outcome);
    }

    @PostMapping("/examples/{id}/attach")
    ExampleEditor.Outcome attach(@PathVariable long id, Authentication authentication) {
        return examples.attachProposal(Viewer.of(authentication), id);
    }

    @DeleteMapping("/examples/{id}")
    ResponseEntity<Void> remove(@PathVariable long id, Authentication authentication) {
        examples.remove(Viewer.of(authentication), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/reloads")
    List<ReloadResult> reloads(Authentication authentication) {
        Viewer.of(authentication).requireGlobal("see reloads");
        return reloads.last();
    }

    @PostMapping("/reload/{target}")
    ResponseEntity<ReloadResult> reload(@PathVariable String target, Authentication authentication) {
        Viewer.of(authentication).requireGlobal("reload");
        ReloadResult result = reloads.reload(target);
        return ResponseEntity.status(result.ok() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(result);
    }

    @ExceptionHandler(UnknownReloadTarget.class)
    ResponseEntity<ProblemDetail> notFound(UnknownReloadTarget e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setProperties(Map.of("targets", reloads.names()));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(BodyTooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(BodyTooLarge e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(
                ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage()));
    }

    private JsonNode boundedJson(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            throw new BodyTooLarge();
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new BodyTooLarge();
        }
        try {
            JsonNode node = json.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("the body must be a JSON object: {\"passage\": \"...\", \"question\": \"...\"}");
            }
            return node;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the body is not valid JSON: {\"passage\": \"...\", \"question\": \"...\"}");
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException("'" + field + "' must be given as text");
        }
        return value.asString();
    }

    static final class BodyTooLarge extends RuntimeException {
        BodyTooLarge() {
            super("the body may be at most " + MAX_BODY_BYTES + " bytes", null, false, false);
        }
    }
}
