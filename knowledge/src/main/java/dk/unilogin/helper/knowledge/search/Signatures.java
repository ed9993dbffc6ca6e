package dk.unilogin.helper.knowledge.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a message ends in its signature ({@code matching/sign-offs.txt}): the last sign-off followed only by a few
 * words of who writes ("Mvh Camilla Friis, teamleder, Danske Bank"), with no question and no further sentence after it
 * ("Hilsen far til Emil. Han har glemt sin kode" goes on with the message).
 */
final class Signatures {
    static final String BUNDLED = "matching/sign-offs.txt";
    /** A signature holds at most this many words after its sign-off. */
    private static final int MAX_WORDS = 12;
    /** Where in a text a signature may start: its sign-off and twelve words of a name, a title and a workplace fit in these. */
    private static final int LAST_CHARACTERS = 200;
    private static final Pattern ENTRY = Pattern.compile("\"([^\"]+)\"|(\\S+)");
    /** A sentence going on after the sign-off: a full stop, question or exclamation mark before a word. */
    private static final Pattern GOES_ON = Pattern.compile("[?!]|\\.\\s+\\p{L}");

    private final Pattern signOff;
    /** Lower-case fragments one of which a text must hold to have a sign-off: most messages are read no further. */
    private final List<String> leads;

    private Signatures(List<String> signOffs) {
        List<String> longestFirst = new ArrayList<>(signOffs);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        this.signOff = Pattern.compile("(?iu)(?<!\\p{L})(?:" + String.join("|", longestFirst.stream()
                .map(s -> Pattern.quote(s).replace(" ", "\\E\\s+\\Q")).toList()) + ")(?!\\p{L})");
        // Every sign-off holds its last word: "hilsen", "mvh", "regards".
        this.leads = signOffs.stream().map(s -> s.substring(s.lastIndexOf(' ') + 1)).distinct().toList();
    }

    static Signatures parse(String text) {
        List<String> signOffs = new ArrayList<>();
        text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(line -> {
            Matcher entry = ENTRY.matcher(line);
            while (entry.find()) {
                signOffs.add((entry.group(1) != null ? entry.group(1) : entry.group(2)).toLowerCase(Locale.ROOT));
            }
        });
        return new Signatures(signOffs);
    }

    static Signatures bundled() {
        return parse(MatchingLists.resource(BUNDLED));
    }

    /**
     * {@code text} with its signature's line breaks made spaces ("Med venlig hilsen\nSanne Bruun\nKlinikassistent"):
     * the signature is one part, read as a signature, not lines of their own.
     */
    String signatureOnOneLine(String text) {
        if (text.indexOf('\n') < 0) {
            return text;
        }
        int start = start(text);
        return start < 0 ? text : text.substring(0, start) + text.substring(start).replace('\n', ' ');
    }

    /** Where the signature of {@code text} starts, at its sign-off, or -1 when it has none. */
    int start(String text) {
        // A signature of a few words ends the text: only its last characters can hold the sign-off.
        int from = Math.max(0, text.length() - LAST_CHARACTERS);
        String lower = text.substring(from).toLowerCase(Locale.ROOT);
        if (leads.stream().noneMatch(lower::contains)) {
            return -1;
        }
        Matcher matcher = signOff.matcher(text);
        matcher.region(from, text.length()).useTransparentBounds(true);
        int last = -1;
        int end = -1;
        while (matcher.find()) {
            last = matcher.start();
            end = matcher.end();
        }
        if (last < 0) {
            return -1;
        }
        String after = text.substring(end);
        return GOES_ON.matcher(after).find() || MessageParts.words(after) > MAX_WORDS ? -1 : last;
    }
}
