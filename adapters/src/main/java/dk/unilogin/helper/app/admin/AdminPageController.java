package dk.unilogin.helper.app.admin;

import dk.unilogin.helper.app.insights.InsightsQueries;
import dk.unilogin.helper.app.insights.InsightsReport;
import dk.unilogin.helper.bot.school.SchoolDirectory;
import java.net.URI;
import java.time.Clock;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The one admin page: insights for a period and school, and the reload buttons. */
@Controller
class AdminPageController {

    private final InsightsQueries insights;
    private final Reloads reloads;
    private final SchoolDirectory schools;
    private final Clock clock = Clock.systemUTC();

    AdminPageController(InsightsQueries insights, Reloads reloads, SchoolDirectory schools) {
        this.insights = insights;
        this.reloads = reloads;
        this.schools = schools;
    }

    @GetMapping({"/admin", "/admin/"})
    ResponseEntity<String> page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String school, CsrfToken csrf) {
        String chosen = school == null || school.isBlank() ? null : school.strip();
        AdminPeriod period;
        String problem = null;
        try {
            period = AdminPeriod.parse(from, to, clock);
        } catch (IllegalArgumentException e) {
            period = AdminPeriod.parse(null, null, clock);
            problem = e.getMessage();
        }
        InsightsReport report = insights.report(period.start(), period.end(), chosen);
        String html = new AdminPageRenderer(csrf).render(period, report, schools.all(), reloads.last(), problem);
        return ResponseEntity.status(problem == null ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(html);
    }

    /** The page's reload buttons; back to the page, which shows the result (303: see other). */
    @PostMapping("/admin/reload/{target}")
    ResponseEntity<Void> reload(@PathVariable String target) {
        reloads.reload(target);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/admin")).build();
    }
}
