package dk.unilogin.helper.bot.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Danish CPR numbers: DDMMYY-XXXX, DDMMYY XXXX or ten digits, whose first six are a real
 * date; the date may be written with dashes, dots, slashes or spaces between its parts
 * (12-03-45-1234, 12 03 45 1234) and the serial set off by a dash, dot, slash or spaces
 * (120345 - 1234). Reads {@link TextNormalizer normalised} text: every dash is '-', every space ' '.
 */
final class CprNumbers {
    private static final Pattern CANDIDATE =
            Pattern.compile("(?<!\\d)(\\d{2})([.\\-/ ]?)(\\d{2})\\2(\\d{2}) ?[-./]? ?(\\d{4})(?!\\d)");

    private CprNumbers() {
    }

    /** A CPR number has ten digits: a text with fewer is not searched. */
    static final int DIGITS = 10;

    static Redaction redact(String text, String replacement, Prescan scan) {
        if (scan.asciiDigits() < DIGITS) {
            return new Redaction(text, false);
        }
        Matcher m = CANDIDATE.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean found = false;
        while (m.find()) {
            if (isDate(m.group(1), m.group(3), m.group(4))) {
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
                found = true;
            } else {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
            }
        }
        m.appendTail(out);
        return new Redaction(out.toString(), found);
    }

    /** The century is not in the number itself, so a date valid in either century counts (29 February). */
    private static boolean isDate(String dd, String mm, String yy) {
        int day = Integer.parseInt(dd);
        int month = Integer.parseInt(mm);
        int year = Integer.parseInt(yy);
        return valid(1900 + year, month, day) || valid(2000 + year, month, day);
    }

    private static boolean valid(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
