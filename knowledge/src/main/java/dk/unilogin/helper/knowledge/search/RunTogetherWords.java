package dk.unilogin.helper.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;

/**
 * Splits a word the guide does not know into two it does: words typed together ("glemtkode",
 * "minsøn", "ingenadgang") and compounds the guide has only in parts ("forældrebrugernavn",
 * "gymnasieelev"). A Danish compound means what its last part means, so the last part must be
 * a known word; the first may be a known word, a stop word, or an unknown word, which is then
 * kept as such, and then the head must have four letters or more ("playstationkoden" still
 * names the playstation). A linking s or e between the
 * parts ("adgangskode", "gymnasieelev") is dropped.
 */
final class RunTogetherWords {
    private static final int MIN_PART = 2;
    /** A head of three letters ("søn") only after a word people type onto the next ("minsøn"). */
    private static final int MIN_SHORT_HEAD = 3;
    private static final int MIN_HEAD = 4;
    private static final int MIN_UNKNOWN_MODIFIER = 4;
    /**
     * The stop words people run into the next word ("minsøn", "harglemt"). Others would split
     * real words the guide does not know ("meningen" is not "men ingen").
     */
    private static final Set<String> LEADING_STOP_WORDS = Set.of("min", "mit", "mine", "din", "dit", "sin", "sit",
            "har", "jeg", "kan", "vil", "skal", "er", "vores", "hans", "hendes", "ikke", "my");

    private final Analyzer analyzer;
    private final Predicate<String> known;

    RunTogetherWords(Analyzer analyzer, Predicate<String> known) {
        this.analyzer = analyzer;
        this.known = known;
    }

    /** One part of a split: its term, or none for a stop word, and whether the guide knows it. */
    record Part(String term, boolean known) {
    }

    /**
     * The parts of {@code written} (letters only, as typed), best split first: both parts known
     * beats a known head with a stop word or an unknown word before it; more known letters beat
     * fewer. Empty when no split has a known head.
     */
    List<Part> split(String written) {
        String word = SurfaceForm.fold(written);
        if (!word.chars().allMatch(Character::isLetter)) {
            return pieces(word);
        }
        List<Part> best = List.of();
        int bestScore = 0;
        for (int i = MIN_PART; i <= word.length() - MIN_SHORT_HEAD; i++) {
            Part head = part(word.substring(i));
            if (head == null || !head.known()) {
                continue;
            }
            for (String modifier : modifiers(word.substring(0, i))) {
                Part first = part(modifier);
                boolean stopWord = first != null && first.term() == null;
                if (first == null || stopWord && !LEADING_STOP_WORDS.contains(modifier)
                        || !stopWord && word.length() - i < MIN_HEAD) {
                    continue;
                }
                boolean firstKnown = first.known() || first.term() == null;
                if (!firstKnown && (modifier.length() < MIN_UNKNOWN_MODIFIER || word.length() - i < MIN_UNKNOWN_MODIFIER)) {
                    continue;
                }
                int score = (firstKnown ? 100 : 0) + (first.known() ? modifier.length() : 0) + word.length() - i;
                if (score > bestScore) {
                    bestScore = score;
                    best = first.term() == null ? List.of(head) : List.of(first, head);
                }
            }
        }
        return best;
    }

    /**
     * Words the analyzer joined ("unilogin koden" read as one term): their pieces when each is a
     * known word or a stop word, else none.
     */
    private List<Part> pieces(String joined) {
        List<Part> parts = new ArrayList<>();
        for (String piece : joined.split("[^\\p{L}]+")) {
            Part part = piece.isEmpty() ? null : part(piece);
            if (part == null || part.term() != null && !part.known()) {
                return List.of();
            }
            if (part.term() != null) {
                parts.add(part);
            }
        }
        return parts;
    }

    private static List<String> modifiers(String prefix) {
        List<String> modifiers = new ArrayList<>(List.of(prefix));
        char last = prefix.charAt(prefix.length() - 1);
        if ((last == 's' || last == 'e') && prefix.length() > MIN_PART + 1) {
            modifiers.add(prefix.substring(0, prefix.length() - 1));
        }
        return modifiers;
    }

    /** The part's one term (null term for a stop word), or null when it reads as several terms. */
    private Part part(String text) {
        List<String> terms = TermMappings.analyze(analyzer, text).stream().distinct().toList();
        if (terms.isEmpty()) {
            return new Part(null, false);
        }
        if (terms.size() > 1) {
            return null;
        }
        return new Part(terms.get(0), known.test(terms.get(0)));
    }
}
