package dk.unilogin.helper.app.admin;

import dk.unilogin.helper.app.insights.InsightsQueries;
import dk.unilogin.helper.app.insights.InsightsReport;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin API (behind Spring Security): insights for a period and school, and reloads.
 * A reload that keeps the old set answers 422 with the error, file and line.
 */
@RestController
@RequestMapping("/admin/api")
class AdminApiController {

    private final InsightsQueries insights;
    private final Reloads reloads;
    private final Clock clock;

    AdminApiController(InsightsQueries insights, Reloads reloads) {
        this.insights = insights;
        this.reloads = reloads;
        this.clock = Clock.systemUTC();
    }

    @GetMapping("/insights")
    InsightsReport insights(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String school) {
        AdminPeriod period = AdminPeriod.parse(from, to, clock);
        return insights.report(period.start(), period.end(), school == null || school.isBlank() ? null : school.strip());
    }

    @GetMapping("/reloads")
    List<ReloadResult> reloads() {
        return reloads.last();
    }

    @PostMapping("/reload/{target}")
    ResponseEntity<ReloadResult> reload(@PathVariable String target) {
        ReloadResult result = reloads.reload(target);
        return ResponseEntity.status(result.ok() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(result);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()));
    }

    @ExceptionHandler(UnknownReloadTarget.class)
    ResponseEntity<ProblemDetail> notFound(UnknownReloadTarget e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setProperties(Map.of("targets", reloads.names()));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
