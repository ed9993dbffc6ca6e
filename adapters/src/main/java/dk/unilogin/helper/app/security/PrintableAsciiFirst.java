package dk.unilogin.helper.app.security;

import java.util.function.Predicate;

/**
 * One of Spring Security's firewall checks on header names and values, with a fast path:
 * text of printable ASCII alone passes at once, as it passes the firewall's own check
 * (every such character is assigned and none is a control character); any other text
 * goes to that check unchanged. The firewall runs its regular expression, with a Unicode
 * category lookup per character, on every header each time a header is read, several
 * times per request; a chat turn's headers are printable ASCII.
 */
final class PrintableAsciiFirst implements Predicate<String> {

    private final Predicate<String> check;

    PrintableAsciiFirst(Predicate<String> check) {
        this.check = check;
    }

    @Override
    public boolean test(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c > '~') {
                return check.test(text);
            }
        }
        return true;
    }
}
