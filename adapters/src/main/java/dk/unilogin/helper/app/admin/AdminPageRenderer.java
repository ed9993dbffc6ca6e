package dk.unilogin.helper.app.admin;

import dk.unilogin.helper.app.insights.InsightsReport;
import dk.unilogin.helper.bot.school.SchoolProfile;
import java.util.List;
import java.util.Locale;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the admin page as plain HTML. Everything that comes from data (messages, school
 * names, errors) passes through {@link #esc}; no script and no inline style.
 */
final class AdminPageRenderer {

    private final CsrfToken csrf;
    private final StringBuilder html = new StringBuilder(8192);

    AdminPageRenderer(CsrfToken csrf) {
        this.csrf = csrf;
    }

    String render(AdminPeriod period, InsightsReport report, List<SchoolProfile> schools, List<ReloadResult> reloads,
            String problem) {
        html.append("<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Unilogin-hjælperen: indsigt</title></head><body><main>")
                .append("<h1>Unilogin-hjælperen: indsigt</h1>");
        if (problem != null) {
            html.append("<p role=\"alert\"><strong>").append(esc(problem)).append("</strong></p>");
        }
        filters(period, report.school(), schools);
        summary(report);
        schoolTable(report);
        html.append("<h2>Mest brugte vejledninger</h2>");
        list(report.topPassages().stream().map(p -> esc(p.passageId()) + ": " + p.answers()).toList());
        html.append("<h2>Spørgsmål uden svar (grupperet)</h2>");
        list(report.unanswered().stream().map(g -> g.count() + " × " + String.join(" · ",
                g.examples().stream().map(e -> "&ldquo;" + esc(e) + "&rdquo;").toList())).toList());
        html.append("<h2>Vejledninger markeret &ldquo;hjalp ikke&rdquo;</h2>");
        list(report.notHelpful().stream().map(f -> esc(f.passageId()) + ": " + f.notHelpful() + " hjalp ikke, "
                + f.helpful() + " hjalp").toList());
        reloadSection(reloads);
        return html.append("</main></body></html>").toString();
    }

    private void filters(AdminPeriod period, String school, List<SchoolProfile> schools) {
        html.append("<form method=\"get\" action=\"/admin\"><label>Fra <input type=\"date\" name=\"from\" value=\"")
                .append(period.from()).append("\"></label> <label>Til <input type=\"date\" name=\"to\" value=\"")
                .append(period.to()).append("\"></label> <label>Skole <select name=\"school\">")
                .append("<option value=\"\">Alle skoler</option>");
        for (SchoolProfile s : schools) {
            html.append("<option value=\"").append(esc(s.id())).append('"')
                    .append(s.id().equals(school) ? " selected" : "").append('>').append(esc(s.name())).append("</option>");
        }
        html.append("</select></label> <button type=\"submit\">Vis</button></form>");
    }

    private void summary(InsightsReport r) {
        html.append("<h2>").append(r.school() == null ? "Alle skoler" : "Skole " + esc(r.school())).append("</h2><dl>")
                .append("<dt>Beskeder (ture)</dt><dd>").append(r.turns()).append("</dd>")
                .append("<dt>Spørgsmål</dt><dd>").append(r.questions()).append("</dd>")
                .append("<dt>Besvaret</dt><dd>").append(percent(r.answeredShare())).append("</dd>")
                .append("<dt>Uden svar</dt><dd>").append(r.fallbacks()).append("</dd></dl>");
    }

    private void schoolTable(InsightsReport r) {
        html.append("<table><caption>Pr. skole</caption><thead><tr><th scope=\"col\">Skole</th>")
                .append("<th scope=\"col\">Ture</th><th scope=\"col\">Spørgsmål</th><th scope=\"col\">Uden svar</th>")
                .append("</tr></thead><tbody>");
        for (InsightsReport.SchoolCount s : r.schools()) {
            html.append("<tr><td>").append(s.school() == null ? "(ingen skole)" : esc(s.school())).append("</td><td>")
                    .append(s.turns()).append("</td><td>").append(s.questions()).append("</td><td>")
                    .append(s.fallbacks()).append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private void reloadSection(List<ReloadResult> reloads) {
        html.append("<h2>Genindlæs uden genstart</h2>");
        for (ReloadResult r : reloads) {
            html.append("<section><h3>").append(esc(r.target())).append("</h3><p>")
                    .append(r.ok() ? "OK" : "<strong>FEJL</strong>").append(" (").append(esc(String.valueOf(r.at())))
                    .append("): ").append(esc(r.summary())).append("</p>");
            if (!r.ok()) {
                html.append("<pre role=\"alert\">").append(esc(r.error())).append("</pre>");
            }
            html.append("<form method=\"post\" action=\"/admin/reload/").append(esc(r.target())).append("\">");
            if (csrf != null) {
                html.append("<input type=\"hidden\" name=\"").append(esc(csrf.getParameterName())).append("\" value=\"")
                        .append(esc(csrf.getToken())).append("\">");
            }
            html.append("<button type=\"submit\">Genindlæs ").append(esc(r.target())).append("</button></form></section>");
        }
    }

    private void list(List<String> itemsHtml) {
        if (itemsHtml.isEmpty()) {
            html.append("<p>Ingen i perioden.</p>");
            return;
        }
        html.append("<ol>");
        itemsHtml.forEach(item -> html.append("<li>").append(item).append("</li>"));
        html.append("</ol>");
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
