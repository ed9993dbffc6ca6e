package dk.unilogin.helper.app.telegram;

import java.util.regex.Pattern;

/**
 * Turns the bot's light Markdown ({@code **bold**}, {@code _italic_}, {@code [text](url)}, numbered and bulleted
 * lists, {@code #} headings) into Telegram's HTML parse mode. Every piece of text is escaped, so
 * whatever a user or a knowledge file wrote is shown as text and never read as markup.
 */
final class TelegramHtml {

    private static final Pattern SAFE_URL = Pattern.compile("(?i)(https?://|mailto:|tel:)\\S+");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)[-*]\\s+(.*)$");

    private TelegramHtml() {
    }

    static String render(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
        StringBuilder out = new StringBuilder(markdown.length() + 32);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            renderLine(lines[i], out);
        }
        return out.toString();
    }

    /** HTML-escapes plain text for Telegram (it knows only these three entities and &quot;). */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            escapeChar(text.charAt(i), out);
        }
        return out.toString();
    }

    private static void renderLine(String line, StringBuilder out) {
        var heading = HEADING.matcher(line);
        if (heading.matches()) {
            out.append("<b>");
            renderInline(heading.group(1), out, false, true);
            out.append("</b>");
            return;
        }
        var bullet = BULLET.matcher(line);
        if (bullet.matches()) {
            out.append(bullet.group(1)).append("• ");
            renderInline(bullet.group(2), out, true, true);
            return;
        }
        renderInline(line, out, true, true);
    }

    private static void renderInline(String s, StringBuilder out, boolean boldAllowed, boolean italicAllowed) {
        int i = 0;
        while (i < s.length()) {
            if (boldAllowed && s.startsWith("**", i)) {
                int end = s.indexOf("**", i + 2);
                if (end > i + 2) {
                    out.append("<b>");
                    renderInline(s.substring(i + 2, end), out, false, italicAllowed);
                    out.append("</b>");
                    i = end + 2;
                    continue;
                }
            }
            if (italicAllowed && s.charAt(i) == '_') {
                int end = closingUnderscore(s, i);
                if (end > 0) {
                    out.append("<i>");
                    renderInline(s.substring(i + 1, end), out, boldAllowed, false);
                    out.append("</i>");
                    i = end + 1;
                    continue;
                }
            }
            if (s.charAt(i) == '[') {
                int close = s.indexOf("](", i + 1);
                int paren = close < 0 ? -1 : s.indexOf(')', close + 2);
                if (close > i + 1 && paren > close + 2) {
                    String label = s.substring(i + 1, close);
                    String url = s.substring(close + 2, paren);
                    if (SAFE_URL.matcher(url).matches() && label.indexOf('[') < 0) {
                        out.append("<a href=\"").append(escapeAttribute(url)).append("\">")
                                .append(escape(label)).append("</a>");
                        i = paren + 1;
                        continue;
                    }
                }
            }
            escapeChar(s.charAt(i), out);
            i++;
        }
    }

    /**
     * The index of the underscore that closes an italic span opened at {@code open}, or -1.
     * Underscores inside words (file_name, URLs) neither open nor close one.
     */
    private static int closingUnderscore(String s, int open) {
        boolean opensAtWordStart = open == 0 || !Character.isLetterOrDigit(s.charAt(open - 1));
        if (!opensAtWordStart || open + 1 >= s.length() || Character.isWhitespace(s.charAt(open + 1))) {
            return -1;
        }
        for (int j = open + 2; j < s.length(); j++) {
            if (s.charAt(j) == '_' && !Character.isWhitespace(s.charAt(j - 1))
                    && (j + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(j + 1)))) {
                return j;
            }
        }
        return -1;
    }

    private static String escapeAttribute(String value) {
        return escape(value).replace("\"", "&quot;");
    }

    private static void escapeChar(char c, StringBuilder out) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            default -> out.append(c);
        }
    }
}
