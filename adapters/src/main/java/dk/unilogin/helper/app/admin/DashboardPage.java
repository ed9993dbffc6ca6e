package dk.unilogin.helper.app.admin;

import static dk.unilogin.helper.app.admin.AdminHtml.csrfField;
import static dk.unilogin.helper.app.admin.AdminHtml.esc;
import static dk.unilogin.helper.app.admin.AdminHtml.hidden;
import static dk.unilogin.helper.app.admin.AdminHtml.percent;

import dk.unilogin.helper.app.examples.ExampleQuestion;
import dk.unilogin.helper.app.insights.InsightsReport;
import dk.unilogin.helper.app.insights.InsightsReport.DayCount;
import dk.unilogin.helper.app.insights.InsightsReport.MessageGroup;
import dk.unilogin.helper.app.insights.InsightsReport.PassageFeedback;
import dk.unilogin.helper.bot.school.SchoolProfile;
import dk.unilogin.helper.knowledge.Passage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The insights dashboard as one HTML page: key figures, three SVG charts each with its
 * table, top passages, unanswered questions with a way to make them example questions,
 * the examples and proposals, and (for the global admin) the reloads. No script and no
 * inline style: the look is in {@code /admin/admin.css}.
 */
final class DashboardPage {

    /** Everything the page shows. {@code school} is the school in view, null for all. */
    record Model(Viewer viewer, AdminPeriod period, InsightsReport report, String school, List<SchoolProfile> schools,
            PassageTitles passages, List<ExampleQuestion> attached, List<ExampleQuestion> proposed,
            List<ReloadResult> reloads, String problem, String notice, CsrfToken csrf) {
    }

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("EEE d. MMM", DANISH);

    private final Model m;
    private final StringBuilder html = new StringBuilder(32 * 1024);

    DashboardPage(Model model) {
        this.m = model;
    }

    String render() {
        html.append("<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Indsigt: ").append(esc(scopeName())).append(" · Unilogin-hjælperen</title>")
                .append("<link rel=\"stylesheet\" href=\"/admin/admin.css\"></head><body>")
                .append("<header class=\"top\"><div class=\"wrap\"><p class=\"brand\">Unilogin-hjælperen</p>")
                .append("<p class=\"who\">Logget ind som ").append(esc(m.viewer().username())).append(" · ")
                .append(m.viewer().global() ? "alle skoler" : esc(schoolName(m.viewer().ownSchool())))
                .append("</p></div></header><main class=\"wrap\">")
                .append("<h1>Indsigt: ").append(esc(scopeName())).append("</h1>")
                .append("<p class=\"period\">").append(m.period().from().format(LONG_DATE)).append(" – ")
                .append(m.period().to().format(LONG_DATE)).append("</p>");
        if (m.problem() != null) {
            html.append("<p class=\"message problem\" role=\"alert\">").append(esc(m.problem())).append("</p>");
        }
        if (m.notice() != null) {
            html.append("<p class=\"message notice\" role=\"status\">").append(esc(m.notice())).append("</p>");
        }
        filters();
        figures();
        html.append("<div class=\"grid\">");
        turnsChart();
        answeredChart();
        html.append("</div><div class=\"grid\">");
        feedback();
        topPassages();
        html.append("</div>");
        if (m.viewer().global() && m.school() == null) {
            schoolTable();
        }
        unanswered();
        examples();
        if (m.viewer().global()) {
            reloads();
        }
        return html.append("</main></body></html>").toString();
    }

    private void filters() {
        html.append("<form class=\"filters card\" method=\"get\" action=\"/admin\" aria-label=\"Vælg periode\">")
                .append("<label>Fra <input type=\"date\" name=\"from\" value=\"").append(m.period().from())
                .append("\"></label><label>Til <input type=\"date\" name=\"to\" value=\"").append(m.period().to())
                .append("\"></label>");
        if (m.viewer().global()) {
            html.append("<label>Skole <select name=\"school\"><option value=\"\">Alle skoler</option>");
            for (SchoolProfile s : m.schools()) {
                html.append("<option value=\"").append(esc(s.id())).append('"')
                        .append(s.id().equals(m.school()) ? " selected" : "").append('>').append(esc(s.name()))
                        .append("</option>");
            }
            html.append("</select></label>");
        }
        html.append("<button type=\"submit\">Vis</button></form><nav class=\"presets\" aria-label=\"Hurtige perioder\">");
        for (int days : new int[] {7, 30, 90}) {
            LocalDate to = m.period().to();
            html.append("<a href=\"").append(esc(link("/admin", to.minusDays(days - 1L), to))).append("\">Sidste ")
                    .append(days).append(" dage</a>");
        }
        html.append("<a class=\"export\" href=\"").append(esc(link("/admin/export.csv", m.period().from(), m.period().to())))
                .append("\" download>Hent som CSV</a></nav>");
    }

    private void figures() {
        InsightsReport r = m.report();
        html.append("<section aria-labelledby=\"tal\"><h2 id=\"tal\" class=\"visually-hidden\">Nøgletal</h2>")
                .append("<dl class=\"figures\">")
                .append(figure("Beskeder", String.valueOf(r.turns())))
                .append(figure("Spørgsmål", String.valueOf(r.questions())))
                .append(figure("Besvaret", r.questions() == 0 ? "–" : percent(r.answeredShare())))
                .append(figure("Uden svar", String.valueOf(r.fallbacks())))
                .append("</dl></section>");
    }

    private static String figure(String label, String value) {
        return "<div class=\"figure card\"><dt>" + label + "</dt><dd>" + value + "</dd></div>";
    }

    private void turnsChart() {
        List<DayCount> days = m.report().days();
        long turns = days.stream().mapToLong(DayCount::turns).sum();
        long questions = days.stream().mapToLong(DayCount::questions).sum();
        html.append("<section class=\"card chart-card\" aria-labelledby=\"pr-dag\"><h2 id=\"pr-dag\">Beskeder og spørgsmål pr. dag</h2>")
                .append(SvgCharts.turnsAndQuestions("chart-turns", "Beskeder og spørgsmål pr. dag",
                        turns + " beskeder og " + questions + " spørgsmål over " + days.size() + " dage", days))
                .append("<p class=\"legend\"><span class=\"key key-turns\"></span>Beskeder ")
                .append("<span class=\"key key-questions\"></span>Spørgsmål</p>")
                .append("<details><summary>Tallene pr. dag</summary><div class=\"table-scroll\"><table>")
                .append("<caption>Beskeder og spørgsmål pr. dag</caption><thead><tr><th scope=\"col\">Dag</th>")
                .append("<th scope=\"col\">Beskeder</th><th scope=\"col\">Spørgsmål</th><th scope=\"col\">Uden svar</th>")
                .append("</tr></thead><tbody>");
        for (DayCount d : days) {
            html.append("<tr><th scope=\"row\">").append(d.day().format(SHORT_DATE)).append("</th><td>").append(d.turns())
                    .append("</td><td>").append(d.questions()).append("</td><td>").append(d.fallbacks()).append("</td></tr>");
        }
        html.append("</tbody></table></div></details></section>");
    }

    private void answeredChart() {
        List<DayCount> days = m.report().days();
        html.append("<section class=\"card chart-card\" aria-labelledby=\"besvaret\"><h2 id=\"besvaret\">Andel besvaret pr. dag</h2>")
                .append(SvgCharts.answeredShare("chart-answered", "Andel af spørgsmålene der fik svar, pr. dag",
                        "Samlet fik " + (m.report().questions() == 0 ? "ingen spørgsmål" : percent(m.report().answeredShare())
                                + " af spørgsmålene") + " svar i perioden", days))
                .append("<p class=\"legend\"><span class=\"key key-answered\"></span>Besvaret (dage uden spørgsmål er tomme)</p>")
                .append("<details><summary>Tallene pr. dag</summary><div class=\"table-scroll\"><table>")
                .append("<caption>Andel besvaret pr. dag</caption><thead><tr><th scope=\"col\">Dag</th>")
                .append("<th scope=\"col\">Spørgsmål</th><th scope=\"col\">Besvaret</th></tr></thead><tbody>");
        for (DayCount d : days) {
            OptionalDouble share = d.answeredShare();
            html.append("<tr><th scope=\"row\">").append(d.day().format(SHORT_DATE)).append("</th><td>")
                    .append(d.questions()).append("</td><td>").append(share.isPresent() ? percent(share.getAsDouble()) : "–")
                    .append("</td></tr>");
        }
        html.append("</tbody></table></div></details></section>");
    }

    private void feedback() {
        List<PassageFeedback> feedback = m.report().feedback();
        html.append("<section class=\"card\" aria-labelledby=\"hjalp\"><h2 id=\"hjalp\">Hjalp det? pr. vejledning</h2>");
        if (feedback.isEmpty()) {
            html.append("<p class=\"empty\">Ingen svar på &ldquo;Hjalp det?&rdquo; i perioden.</p></section>");
            return;
        }
        long max = feedback.stream().mapToLong(f -> f.helpful() + f.notHelpful()).max().orElse(0);
        html.append("<ul class=\"feedback\">");
        for (PassageFeedback f : feedback) {
            html.append("<li><span class=\"feedback-title\">").append(esc(m.passages().title(f.passageId())))
                    .append("</span>").append(SvgCharts.feedbackBar(f.helpful(), f.notHelpful(), max))
                    .append("<span class=\"feedback-numbers\">").append(f.helpful()).append(" hjalp · ")
                    .append(f.notHelpful()).append(" hjalp ikke</span></li>");
        }
        html.append("</ul><p class=\"legend\"><span class=\"key key-helped\"></span>Hjalp ")
                .append("<span class=\"key key-not-helped\"></span>Hjalp ikke</p></section>");
    }

    private void topPassages() {
        html.append("<section class=\"card\" aria-labelledby=\"mest\"><h2 id=\"mest\">Mest brugte vejledninger</h2>");
        if (m.report().topPassages().isEmpty()) {
            html.append("<p class=\"empty\">Ingen svar i perioden.</p></section>");
            return;
        }
        html.append("<div class=\"table-scroll\"><table><thead><tr><th scope=\"col\">Vejledning</th>")
                .append("<th scope=\"col\">Svar</th></tr></thead><tbody>");
        m.report().topPassages().forEach(p -> html.append("<tr><td>").append(esc(m.passages().title(p.passageId())))
                .append("</td><td>").append(p.answers()).append("</td></tr>"));
        html.append("</tbody></table></div></section>");
    }

    private void schoolTable() {
        html.append("<section class=\"card\" aria-labelledby=\"skoler\"><h2 id=\"skoler\">Pr. skole</h2>")
                .append("<div class=\"table-scroll\"><table><thead><tr><th scope=\"col\">Skole</th>")
                .append("<th scope=\"col\">Beskeder</th><th scope=\"col\">Spørgsmål</th><th scope=\"col\">Uden svar</th>")
                .append("</tr></thead><tbody>");
        for (InsightsReport.SchoolCount s : m.report().schools()) {
            html.append("<tr><td>").append(s.school() == null ? "(ingen skole)" : esc(schoolName(s.school())))
                    .append("</td><td>").append(s.turns()).append("</td><td>").append(s.questions()).append("</td><td>")
                    .append(s.fallbacks()).append("</td></tr>");
        }
        html.append("</tbody></table></div></section>");
    }

    private void unanswered() {
        html.append("<section class=\"card\" id=\"uden-svar\" aria-labelledby=\"uden-svar-h\"><h2 id=\"uden-svar-h\">")
                .append("Spørgsmål uden svar</h2><p class=\"hint\">Beskeder der ligner hinanden, er samlet. ")
                .append(m.viewer().global()
                        ? "Tilføj en som eksempel til en vejledning, så får de næste, der spørger sådan, svar."
                        : "Foreslå en som eksempel til en vejledning; administratoren tilføjer den.")
                .append("</p>");
        List<MessageGroup> groups = m.report().unanswered();
        if (groups.isEmpty()) {
            html.append("<p class=\"empty\">Ingen i perioden.</p></section>");
            return;
        }
        Map<String, ExampleQuestion> known = ExampleEditor.byQuestion(m.attached(), m.proposed());
        html.append("<ol class=\"groups\">");
        for (int i = 0; i < groups.size(); i++) {
            MessageGroup g = groups.get(i);
            String question = g.examples().get(0);
            html.append("<li class=\"group\"><p class=\"count\">").append(g.count()).append(" ×</p><ul class=\"quotes\">");
            g.examples().forEach(e -> html.append("<li>&ldquo;").append(esc(e)).append("&rdquo;</li>"));
            html.append("</ul>");
            ExampleQuestion already = known.get(ExampleEditor.key(question));
            if (already != null) {
                html.append("<p class=\"done\">").append(already.attached() ? "Tilføjet til " : "Foreslået til ")
                        .append("&ldquo;").append(esc(m.passages().title(already.passageId()))).append("&rdquo;</p>");
            } else {
                exampleForm(i, question);
            }
            html.append("</li>");
        }
        html.append("</ol></section>");
    }

    private void exampleForm(int index, String question) {
        String id = "vejledning-" + index;
        html.append("<form class=\"attach\" method=\"post\" action=\"/admin/examples\">").append(csrfField(m.csrf()))
                .append(hidden("question", question)).append(backFields())
                .append("<label for=\"").append(id).append("\">Vejledning</label><select id=\"").append(id)
                .append("\" name=\"passage\" required>");
        String closest = m.passages().closest(question).orElse(null);
        html.append("<option value=\"\"").append(closest == null ? " selected" : "").append(">Vælg vejledning</option>");
        for (Passage p : m.passages().all()) {
            html.append("<option value=\"").append(esc(p.id())).append('"').append(p.id().equals(closest) ? " selected" : "")
                    .append('>').append(esc(p.title())).append("</option>");
        }
        html.append("</select><button type=\"submit\">")
                .append(m.viewer().global() ? "Tilføj som eksempel" : "Foreslå som eksempel").append("</button></form>");
    }

    private void examples() {
        html.append("<section class=\"card\" id=\"eksempler\" aria-labelledby=\"eksempler-h\"><h2 id=\"eksempler-h\">")
                .append("Eksempler på spørgsmål</h2>");
        html.append("<h3>Forslag der venter</h3>");
        exampleList(m.proposed(), true);
        if (m.viewer().global()) {
            html.append("<h3>Tilføjet til vejledningerne</h3>");
            exampleList(m.attached(), false);
        }
        html.append("</section>");
    }

    private void exampleList(List<ExampleQuestion> examples, boolean proposals) {
        if (examples.isEmpty()) {
            html.append("<p class=\"empty\">Ingen.</p>");
            return;
        }
        html.append("<ul class=\"examples\">");
        for (ExampleQuestion e : examples) {
            html.append("<li><span class=\"quote\">&ldquo;").append(esc(e.question())).append("&rdquo;</span> ")
                    .append("<span class=\"to\">→ ").append(esc(m.passages().title(e.passageId()))).append("</span>");
            if (proposals && e.schoolId() != null && m.viewer().global()) {
                html.append(" <span class=\"from\">(").append(esc(schoolName(e.schoolId()))).append(")</span>");
            }
            if (m.viewer().global()) {
                html.append("<span class=\"actions\">");
                if (proposals) {
                    action("/admin/examples/" + e.id() + "/attach", "Tilføj", "Tilføj forslaget: " + e.question());
                }
                action("/admin/examples/" + e.id() + "/remove", proposals ? "Afvis" : "Fjern",
                        (proposals ? "Afvis forslaget: " : "Fjern eksemplet: ") + e.question());
                html.append("</span>");
            }
            html.append("</li>");
        }
        html.append("</ul>");
    }

    private void action(String path, String label, String accessibleName) {
        html.append("<form class=\"inline\" method=\"post\" action=\"").append(esc(path)).append("\">")
                .append(csrfField(m.csrf())).append(backFields()).append("<button type=\"submit\" aria-label=\"")
                .append(esc(accessibleName)).append("\">").append(label).append("</button></form>");
    }

    private void reloads() {
        html.append("<section class=\"card\" aria-labelledby=\"genindlaes\"><h2 id=\"genindlaes\">Genindlæs uden genstart</h2>");
        for (ReloadResult r : m.reloads()) {
            html.append("<div class=\"reload\"><h3>").append(esc(r.target())).append("</h3><p>")
                    .append(r.ok() ? "OK" : "<strong>FEJL</strong>").append(" (").append(esc(String.valueOf(r.at())))
                    .append("): ").append(esc(r.summary())).append("</p>");
            if (!r.ok()) {
                html.append("<pre role=\"alert\">").append(esc(r.error())).append("</pre>");
            }
            html.append("<form method=\"post\" action=\"/admin/reload/").append(esc(r.target())).append("\">")
                    .append(csrfField(m.csrf())).append("<button type=\"submit\">Genindlæs ").append(esc(r.target()))
                    .append("</button></form></div>");
        }
        html.append("</section>");
    }

    /** The period and school, so a button's answer comes back to the same view. */
    private String backFields() {
        return hidden("from", m.period().from()) + hidden("to", m.period().to())
                + (m.viewer().global() ? hidden("school", m.school()) : "");
    }

    private String link(String path, LocalDate from, LocalDate to) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path).queryParam("from", from).queryParam("to", to);
        if (m.viewer().global() && m.school() != null) {
            uri.queryParam("school", m.school());
        }
        return uri.encode().build().toUriString();
    }

    private String scopeName() {
        return m.school() == null ? "alle skoler" : schoolName(m.school());
    }

    private String schoolName(String id) {
        return m.schools().stream().filter(s -> s.id().equals(id)).findFirst().map(SchoolProfile::name).orElse(id);
    }
}
