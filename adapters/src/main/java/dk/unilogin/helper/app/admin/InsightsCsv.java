package dk.unilogin.helper.app.admin;

import dk.unilogin.helper.app.insights.InsightsReport;
import dk.unilogin.helper.app.insights.InsightsReport.DayCount;
import java.util.List;
import java.util.Locale;

/**
 * The period's figures and unanswered questions as CSV for a spreadsheet: semicolons and a
 * byte-order mark, as Danish Excel reads them. A cell that a spreadsheet would take for a
 * formula (starting with = + - @, tab or carriage return) gets a leading apostrophe, so a
 * parent's message can never run as one.
 */
final class InsightsCsv {

    private static final char SEPARATOR = ';';

    private final StringBuilder csv = new StringBuilder(4096);

    private InsightsCsv() {
    }

    static String write(InsightsReport r, AdminPeriod period, String schoolName, PassageTitles passages) {
        InsightsCsv out = new InsightsCsv();
        out.csv.append('\uFEFF');
        out.row("Unilogin-hjælperen: indsigt");
        out.row("Skole", schoolName);
        out.row("Fra", period.from().toString());
        out.row("Til", period.to().toString());
        out.row("Beskeder", String.valueOf(r.turns()));
        out.row("Spørgsmål", String.valueOf(r.questions()));
        out.row("Uden svar", String.valueOf(r.fallbacks()));
        out.row("Besvaret (%)", r.questions() == 0 ? "" : percent(r.answeredShare()));
        out.row();
        out.row("Dag", "Beskeder", "Spørgsmål", "Uden svar", "Besvaret (%)");
        for (DayCount d : r.days()) {
            out.row(d.day().toString(), String.valueOf(d.turns()), String.valueOf(d.questions()),
                    String.valueOf(d.fallbacks()), d.answeredShare().isPresent() ? percent(d.answeredShare().getAsDouble()) : "");
        }
        out.row();
        out.row("Vejledning", "Svar");
        r.topPassages().forEach(p -> out.row(passages.title(p.passageId()), String.valueOf(p.answers())));
        out.row();
        out.row("Vejledning", "Hjalp", "Hjalp ikke");
        r.feedback().forEach(f -> out.row(passages.title(f.passageId()), String.valueOf(f.helpful()),
                String.valueOf(f.notHelpful())));
        out.row();
        out.row("Spørgsmål uden svar", "Antal", "Eksempler");
        for (InsightsReport.MessageGroup g : r.unanswered()) {
            List<String> cells = new java.util.ArrayList<>(List.of(g.examples().get(0), String.valueOf(g.count())));
            cells.addAll(g.examples().subList(1, g.examples().size()));
            out.row(cells.toArray(String[]::new));
        }
        return out.csv.toString();
    }

    private void row(String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(SEPARATOR);
            }
            csv.append(cell(cells[i]));
        }
        csv.append("\r\n");
    }

    /** One cell, defused against formulas and quoted when it holds a separator, quote or line break. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(SEPARATOR) >= 0 || text.indexOf(',') >= 0 || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f", share * 100).replace('.', ',');
    }
}
