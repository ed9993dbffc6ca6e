package dk.unilogin.helper.bot.school;

import java.util.regex.Pattern;

/** Small Markdown helpers for school texts: escape what a profile says, accept only plain web links. */
final class Markdown {

    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s()<>\\[\\]]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("[^\\s@()<>\\[\\]]+@[^\\s@()<>\\[\\]]+\\.[a-zA-Z]{2,}");

    private Markdown() {
    }

    /** Escapes the few characters light Markdown reads as emphasis, code or links; the rest stays readable. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if ("\\`*_[]".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    static boolean isWebAddress(String url) {
        return url != null && WEB_ADDRESS.matcher(url.strip()).matches();
    }

    static boolean isEmail(String email) {
        return email != null && EMAIL.matcher(email).matches();
    }

    /** "https://www.aula.dk/" reads as "www.aula.dk". */
    static String displayAddress(String url) {
        String shown = url.strip().replaceFirst("(?i)^https?://", "");
        if (shown.endsWith("/")) {
            shown = shown.substring(0, shown.length() - 1);
        }
        return shown;
    }
}
