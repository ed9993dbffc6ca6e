package dk.unilogin.helper.app.admin;

import dk.unilogin.helper.app.examples.ExampleStore;
import dk.unilogin.helper.app.insights.InsightsQueries;
import dk.unilogin.helper.app.insights.InsightsReport;
import dk.unilogin.helper.bot.school.SchoolDirectory;
import dk.unilogin.helper.knowledge.KnowledgeBase;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The insights dashboard and its buttons, and the CSV export. The global admin sees every
 * school (or one, chosen); a school's staff see their own school, and asking for another
 * is refused (403).
 */
@Controller
class AdminPageController {

    /** What the page says after one of its buttons. */
    private static final Map<String, String> NOTICES = Map.of(
            "attached", "Spørgsmålet er tilføjet som eksempel, og vejledningerne er genindlæst.",
            "proposed", "Forslaget er sendt til administratoren.",
            "removed", "Eksemplet er fjernet.",
            "not-reloaded", "Gemt, men vejledningerne kunne ikke genindlæses; se fejlen nederst.");

    private final InsightsQueries insights;
    private final Reloads reloads;
    private final SchoolDirectory schools;
    private final ExampleEditor examples;
    private final ExampleStore exampleStore;
    private final PassageTitles passages;
    private final Clock clock = Clock.systemUTC();

    AdminPageController(InsightsQueries insights, Reloads reloads, SchoolDirectory schools, ExampleEditor examples,
            ExampleStore exampleStore, KnowledgeBase knowledge) {
        this.insights = insights;
        this.reloads = reloads;
        this.schools = schools;
        this.examples = examples;
        this.exampleStore = exampleStore;
        this.passages = new PassageTitles(knowledge);
    }

    @GetMapping({"/admin", "/admin/"})
    ResponseEntity<String> page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String school, @RequestParam(required = false) String done,
            Authentication authentication, CsrfToken csrf) {
        Viewer viewer = Viewer.of(authentication);
        String scope = viewer.scope(school);
        AdminPeriod period;
        String problem = null;
        try {
            period = AdminPeriod.parse(from, to, clock);
        } catch (IllegalArgumentException e) {
            period = AdminPeriod.parse(null, null, clock);
            problem = e.getMessage();
        }
        InsightsReport report = insights.report(period.start(), period.end(), scope);
        String html = new DashboardPage(new DashboardPage.Model(viewer, period, report, scope, schools.all(), passages,
                exampleStore.attached(), examples.proposed(viewer), viewer.global() ? reloads.last() : List.of(),
                problem, done == null ? null : NOTICES.get(done), csrf)).render();
        return ResponseEntity.status(problem == null ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(html);
    }

    /** The period's figures and unanswered questions as CSV, for the school's own reporting. */
    @GetMapping("/admin/export.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String school, Authentication authentication) {
        String scope = Viewer.of(authentication).scope(school);
        AdminPeriod period = AdminPeriod.parse(from, to, clock);
        InsightsReport report = insights.report(period.start(), period.end(), scope);
        String schoolName = scope == null ? "Alle skoler" : schools.byId(scope).map(s -> s.name()).orElse(scope);
        byte[] csv = InsightsCsv.write(report, period, schoolName, passages).getBytes(StandardCharsets.UTF_8);
        String file = "indsigt-" + (scope == null ? "alle-skoler" : scope) + "-" + period.from() + "-" + period.to() + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(csv);
    }

    /** The button by an unanswered question: the admin attaches, staff propose. */
    @PostMapping("/admin/examples")
    ResponseEntity<Void> addExample(@RequestParam(required = false) String passage,
            @RequestParam(required = false) String question, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String school,
            Authentication authentication) {
        Viewer viewer = Viewer.of(authentication);
        ExampleEditor.Outcome outcome = examples.submit(viewer, passage, question);
        String done = outcome.reload() == null ? "proposed" : outcome.reload().ok() ? "attached" : "not-reloaded";
        return back(from, to, viewer.global() ? school : null, done, "uden-svar");
    }

    @PostMapping("/admin/examples/{id}/attach")
    ResponseEntity<Void> attach(@PathVariable long id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String school,
            Authentication authentication) {
        ExampleEditor.Outcome outcome = examples.attachProposal(Viewer.of(authentication), id);
        return back(from, to, school, outcome.reload().ok() ? "attached" : "not-reloaded", "eksempler");
    }

    @PostMapping("/admin/examples/{id}/remove")
    ResponseEntity<Void> remove(@PathVariable long id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String school,
            Authentication authentication) {
        ReloadResult reload = examples.remove(Viewer.of(authentication), id);
        return back(from, to, school, reload == null || reload.ok() ? "removed" : "not-reloaded", "eksempler");
    }

    /** The page's reload buttons; back to the page, which shows the result (303: see other). */
    @PostMapping("/admin/reload/{target}")
    ResponseEntity<Void> reload(@PathVariable String target, Authentication authentication) {
        Viewer.of(authentication).requireGlobal("reload");
        reloads.reload(target);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/admin")).build();
    }

    /** 303 back to the same view of the page, at the section the button was in. */
    private ResponseEntity<Void> back(String from, String to, String school, String done, String section) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/admin");
        AdminPeriod period;
        try {
            period = AdminPeriod.parse(from, to, clock);
            uri.queryParam("from", period.from()).queryParam("to", period.to());
        } catch (IllegalArgumentException e) {
            // A bad period from the form: back to the default one.
        }
        if (school != null && !school.isBlank() && schools.byId(school).isPresent()) {
            uri.queryParam("school", school.strip());
        }
        uri.queryParam("done", done).fragment(section);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(uri.encode().build().toUriString())).build();
    }
}
