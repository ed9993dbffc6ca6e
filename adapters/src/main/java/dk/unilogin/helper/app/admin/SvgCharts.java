package dk.unilogin.helper.app.admin;

import dk.unilogin.helper.app.insights.InsightsReport.DayCount;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Charts drawn on the server as SVG: no script, and colours come from classes in the admin
 * style sheet, so the page's CSP stays strict. Each chart is an image with a name and a
 * short description; the numbers themselves are in a table next to it.
 */
final class SvgCharts {

    private static final int WIDTH = 560;
    private static final int HEIGHT = 220;
    private static final int LEFT = 44;
    private static final int RIGHT = 8;
    private static final int TOP = 12;
    private static final int BOTTOM = 26;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M", Locale.ROOT);

    private SvgCharts() {
    }

    /** Turns and questions per day: two bars a day. */
    static String turnsAndQuestions(String id, String title, String description, List<DayCount> days) {
        long max = niceMax(days.stream().mapToLong(DayCount::turns).max().orElse(0));
        StringBuilder svg = open(id, title, description);
        axis(svg, max, false);
        double slot = plotWidth() / Math.max(1, days.size());
        double bar = Math.max(1, slot * 0.4);
        for (int i = 0; i < days.size(); i++) {
            DayCount d = days.get(i);
            double x = LEFT + i * slot + slot * 0.1;
            rect(svg, "bar-turns", x, d.turns(), max, bar);
            rect(svg, "bar-questions", x + bar, d.questions(), max, bar);
        }
        dayLabels(svg, days, slot);
        return svg.append("</svg>").toString();
    }

    /** Share answered per day as a line, broken on days without questions. */
    static String answeredShare(String id, String title, String description, List<DayCount> days) {
        StringBuilder svg = open(id, title, description);
        axis(svg, 100, true);
        double slot = plotWidth() / Math.max(1, days.size());
        StringBuilder line = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < days.size(); i++) {
            OptionalDouble share = days.get(i).answeredShare();
            if (share.isEmpty()) {
                flush(svg, line);
                continue;
            }
            double x = LEFT + i * slot + slot / 2;
            double y = y(share.getAsDouble() * 100, 100);
            line.append(line.isEmpty() ? "" : " ").append(num(x)).append(',').append(num(y));
            dots.append("<circle class=\"dot-answered\" cx=\"").append(num(x)).append("\" cy=\"").append(num(y))
                    .append("\" r=\"3\"/>");
        }
        flush(svg, line);
        svg.append(dots);
        dayLabels(svg, days, slot);
        return svg.append("</svg>").toString();
    }

    /** One passage's "helped / did not help" as a bar split in two, scaled to {@code max}. */
    static String feedbackBar(long helped, long notHelped, long max) {
        double scale = max == 0 ? 0 : 100.0 / max;
        double helpedWidth = helped * scale;
        double notWidth = notHelped * scale;
        return "<svg class=\"feedback-bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\""
                + " focusable=\"false\"><rect class=\"bar-track\" x=\"0\" y=\"0\" width=\"100\" height=\"10\"/>"
                + "<rect class=\"bar-helped\" x=\"0\" y=\"0\" width=\"" + num(helpedWidth) + "\" height=\"10\"/>"
                + "<rect class=\"bar-not-helped\" x=\"" + num(helpedWidth) + "\" y=\"0\" width=\"" + num(notWidth)
                + "\" height=\"10\"/></svg>";
    }

    private static StringBuilder open(String id, String title, String description) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\">")
                .append("<title id=\"").append(id).append("-t\">").append(AdminHtml.esc(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-d\">").append(AdminHtml.esc(description)).append("</desc>");
        return svg;
    }

    private static void axis(StringBuilder svg, long max, boolean percent) {
        for (int step = 0; step <= 2; step++) {
            long value = max * step / 2;
            double y = y(value, max);
            svg.append("<line class=\"gridline\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(num(y)).append("\" y2=\"").append(num(y)).append("\"/>")
                    .append("<text class=\"axis\" x=\"").append(LEFT - 6).append("\" y=\"").append(num(y + 4))
                    .append("\" text-anchor=\"end\">").append(value).append(percent ? " %" : "").append("</text>");
        }
    }

    private static void rect(StringBuilder svg, String cssClass, double x, long value, long max, double width) {
        if (value <= 0) {
            return;
        }
        double y = y(value, max);
        svg.append("<rect class=\"").append(cssClass).append("\" x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" width=\"").append(num(width)).append("\" height=\"").append(num(HEIGHT - BOTTOM - y))
                .append("\"/>");
    }

    /** First, middle and last day under the axis: enough to read the dates without crowding them. */
    private static void dayLabels(StringBuilder svg, List<DayCount> days, double slot) {
        if (days.isEmpty()) {
            return;
        }
        int last = days.size() - 1;
        for (int i : new java.util.TreeSet<>(List.of(0, last / 2, last))) {
            double x = LEFT + i * slot + slot / 2;
            String anchor = i == 0 && days.size() > 1 ? "start" : i == last && days.size() > 1 ? "end" : "middle";
            double at = anchor.equals("start") ? LEFT : anchor.equals("end") ? WIDTH - RIGHT : x;
            svg.append("<text class=\"axis\" x=\"").append(num(at)).append("\" y=\"").append(HEIGHT - 6)
                    .append("\" text-anchor=\"").append(anchor).append("\">").append(days.get(i).day().format(DAY))
                    .append("</text>");
        }
    }

    private static void flush(StringBuilder svg, StringBuilder line) {
        if (!line.isEmpty()) {
            svg.append("<polyline class=\"line-answered\" points=\"").append(line).append("\"/>");
            line.setLength(0);
        }
    }

    private static double plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    private static double y(double value, double max) {
        double plot = HEIGHT - TOP - BOTTOM;
        return TOP + plot - (max <= 0 ? 0 : value / max * plot);
    }

    /** A round top for the axis: 1, 2 or 5 times a power of ten (at least 2, so the middle line is whole). */
    static long niceMax(long value) {
        long top = Math.max(2, value);
        long power = 1;
        while (power * 10 < top) {
            power *= 10;
        }
        for (long factor : new long[] {1, 2, 5, 10}) {
            if (factor * power >= top && (factor * power) % 2 == 0) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
