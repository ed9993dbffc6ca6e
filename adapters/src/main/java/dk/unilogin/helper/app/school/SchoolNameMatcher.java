package dk.unilogin.helper.app.school;

import dk.unilogin.helper.knowledge.TextFold;
import dk.unilogin.helper.bot.school.SchoolProfile;
import dk.unilogin.helper.knowledge.search.EditDistance;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a school named in free text, tolerant of case, æ/ø/å written as ae/oe/aa, a
 * missing or extra "skole(n)", split words ("vest skolen") and a typo or two. Returns
 * nothing when two schools fit equally well: asking again beats guessing.
 */
final class SchoolNameMatcher {

    private static final int MAX_WORDS_PER_NAME = 5;
    private static final Set<String> FILLER = Set.of("min", "mit", "mine", "vores", "hans", "hendes", "han", "hun",
            "vi", "jeg", "de", "barn", "barnet", "boernene", "soen", "datter", "gaar", "gar", "paa", "pa", "i", "en",
            "et", "det", "den", "hedder", "er", "til", "my", "our", "son", "daughter", "child", "goes", "to", "at",
            "the", "is", "called", "in", "og", "and");
    private static final List<String> SCHOOL_WORDS = List.of("skolens", "skolen", "skole", "school");

    private record Key(String full, String core, SchoolProfile school) {
    }

    private final List<Key> keys = new ArrayList<>();
    private final Set<String> nameWords = new HashSet<>();

    SchoolNameMatcher(List<SchoolEntry> entries) {
        for (SchoolEntry entry : entries) {
            List<String> names = new ArrayList<>(entry.aliases());
            names.add(entry.profile().name());
            names.add(entry.profile().id());
            for (String name : names) {
                List<String> words = words(name);
                nameWords.addAll(words);
                String full = String.join("", words);
                if (!full.isEmpty()) {
                    keys.add(new Key(full, withoutSchoolWord(full), entry.profile()));
                }
            }
        }
    }

    Optional<SchoolProfile> match(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<String> words = words(text).stream()
                .filter(w -> !FILLER.contains(w) || nameWords.contains(w))
                .toList();
        int best = Integer.MAX_VALUE;
        Set<String> bestIds = new HashSet<>();
        SchoolProfile bestSchool = null;
        for (String candidate : phrases(words)) {
            String candidateCore = withoutSchoolWord(candidate);
            for (Key key : keys) {
                int distance = Math.min(
                        within(candidate, key.full(), tolerance(key.full().length(), 4, 8)),
                        key.core().length() >= 3 && !candidateCore.isEmpty()
                                ? within(candidateCore, key.core(), tolerance(key.core().length(), 4, 9))
                                : Integer.MAX_VALUE);
                if (distance < best) {
                    best = distance;
                    bestIds.clear();
                    bestSchool = key.school();
                }
                if (distance == best && distance != Integer.MAX_VALUE) {
                    bestIds.add(key.school().id());
                }
            }
        }
        return bestIds.size() == 1 ? Optional.of(bestSchool) : Optional.empty();
    }

    /** The text's words folded as everywhere else ({@link TextFold}): "Vestskolen" and "vestskolen" read the same. */
    static List<String> words(String text) {
        String folded = TextFold.words(text);
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }

    private static List<String> phrases(List<String> words) {
        List<String> phrases = new ArrayList<>();
        for (int start = 0; start < words.size(); start++) {
            StringBuilder phrase = new StringBuilder();
            for (int end = start; end < Math.min(words.size(), start + MAX_WORDS_PER_NAME); end++) {
                phrase.append(words.get(end));
                phrases.add(phrase.toString());
            }
        }
        return phrases;
    }

    private static String withoutSchoolWord(String compact) {
        for (String word : SCHOOL_WORDS) {
            if (compact.endsWith(word)) {
                return compact.substring(0, compact.length() - word.length());
            }
        }
        return compact;
    }

    private static int tolerance(int length, int exactUpTo, int oneUpTo) {
        return length <= exactUpTo ? 0 : length <= oneUpTo ? 1 : 2;
    }

    private static int within(String a, String b, int tolerance) {
        if (Math.abs(a.length() - b.length()) > tolerance) {
            return Integer.MAX_VALUE;
        }
        int distance = EditDistance.between(a, b, tolerance);
        return distance <= tolerance ? distance : Integer.MAX_VALUE;
    }
}
