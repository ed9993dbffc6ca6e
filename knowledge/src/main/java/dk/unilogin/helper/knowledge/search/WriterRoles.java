package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads who writes a message from phrases in {@code matching/writer-roles.txt}: lines
 * {@code parent: jeg er mor, som forælder}, {@code pupil: jeg går i, jeg er elev},
 * {@code child: min søn, vores datter} (a message about a child, written by a parent) and
 * {@code own: mit eget, mig selv} (the writer's own login). Phrases match whole words, with or
 * without æ, ø and å; {@code #} stands for a number ("jeg er #").
 */
public final class WriterRoles {
    static final String BUNDLED = "matching/writer-roles.txt";
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d+\\b");

    private enum Cue { PARENT, PUPIL, CHILD, OWN }

    private record Phrase(Cue cue, String words) {
    }

    private final List<Phrase> phrases;

    private WriterRoles(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    static WriterRoles bundled() {
        return parse(BUNDLED, MatchingLists.resource(BUNDLED));
    }

    static WriterRoles parse(String source, String text) {
        List<Phrase> phrases = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            Cue cue = colon <= 0 ? null : cue(line.substring(0, colon).strip());
            if (cue == null) {
                throw new KnowledgeFormatException(source, i + 1, "expected 'parent:', 'pupil:', 'child:' or 'own:' and phrases");
            }
            for (String phrase : line.substring(colon + 1).split(",")) {
                String words = numbersMarked(phrase.replace("#", "0"));
                if (!words.isEmpty()) {
                    phrases.add(new Phrase(cue, words));
                }
            }
        }
        return new WriterRoles(phrases);
    }

    private static Cue cue(String name) {
        for (Cue cue : Cue.values()) {
            if (cue.name().equalsIgnoreCase(name)) {
                return cue;
            }
        }
        return null;
    }

    /** Who writes {@code message}: a pupil's own words outrank a parent's, a child named makes the writer a parent. */
    Writer of(String message) {
        String words = " " + numbersMarked(message) + " ";
        String parent = found(words, Cue.PARENT);
        String pupil = found(words, Cue.PUPIL);
        String child = found(words, Cue.CHILD);
        String own = found(words, Cue.OWN);
        if (pupil != null) {
            return new Writer(Writer.Role.PUPIL, false, pupil);
        }
        if (child != null && own == null) {
            return new Writer(Writer.Role.PARENT, true, parent == null ? child : parent + ", " + child);
        }
        if (parent != null) {
            return new Writer(Writer.Role.PARENT, false, own == null ? parent : parent + ", " + own);
        }
        return own != null ? new Writer(Writer.Role.UNKNOWN, false, own) : Writer.UNKNOWN;
    }

    private String found(String words, Cue cue) {
        for (Phrase phrase : phrases) {
            if (phrase.cue() == cue && words.contains(" " + phrase.words() + " ")) {
                return phrase.words();
            }
        }
        return null;
    }

    private static String numbersMarked(String text) {
        return NUMBER.matcher(normalise(text)).replaceAll("#");
    }

    /** Lower case, æ/ø/å as ae/oe/aa, apostrophes dropped, other marks as spaces. */
    static String normalise(String text) {
        String folded = SurfaceForm.fold(text.replace("'", "").replace("’", "")).toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(folded).replaceAll(" ").strip();
    }
}
