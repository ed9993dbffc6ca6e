package dk.unilogin.helper.knowledge.search;

import java.util.Arrays;
import java.util.Set;

/**
 * The code a sentence that changes something unnamed points back to ("Min søn tror, en klassekammerat kender hans kode.
 * Vi vil gerne skifte den."), or that one's own is forgotten ("… skal kende deres brugernavn. Ronja kan ikke huske
 * sit."): the word named last before the phrase, in the sentence before or earlier in its own, when its gender fits the
 * pronoun ("den", "sin", "min" a code; "det", "sit", "mit" a password or a username; "it", "hans", "hendes" either).
 * From back-references.txt.
 */
final class UnnamedCodeReference {
    private static final Set<String> COMMON = Set.of("den", "sin", "min");
    private static final Set<String> NEUTER = Set.of("det", "sit", "mit");
    private static final Set<String> PRONOUNS = Set.of("den", "det", "it", "sin", "sit", "min", "mit", "hans", "hendes",
            "deres");

    private static final Set<String> OWNER_PREPOSITIONS = Set.of("til", "to");

    private final WordSet changed;
    private final WordSet forgottenOwn;
    private final WordSet clauseGoesOn;
    private final WordSet common;
    private final WordSet neuter;
    private final WordSet guidesOwn;

    /**
     * @param changed      phrases that change something unnamed, wherever they stand
     * @param forgottenOwn phrases that forget one's own, unnamed only where the clause ends after them ("… huske sit.")
     * @param clauseGoesOn words after which the clause has ended all the same ("huske sit, og …", "huske sit heller")
     * @param common       the codes "den" and "sin" point back to
     * @param neuter       the passwords and usernames "det" and "sit" point back to
     * @param guidesOwn    what a code "til" may open and still be the guide's ("koden til Unilogin", "til skolen")
     */
    UnnamedCodeReference(WordSet changed, WordSet forgottenOwn, WordSet clauseGoesOn, WordSet common, WordSet neuter,
                         WordSet guidesOwn) {
        this.changed = changed;
        this.forgottenOwn = forgottenOwn;
        this.clauseGoesOn = clauseGoesOn;
        this.common = common;
        this.neuter = neuter;
        this.guidesOwn = guidesOwn;
    }

    /** The word {@code part}'s unnamed "den" / "det" stands for, as the lists read it; null when it names none. */
    String pointedTo(String before, String part) {
        String normalised = WriterRoles.normalise(part);
        WordSet.Found found = changed.first(normalised);
        if (found == null) {
            found = forgottenOwn.first(normalised);
            if (found == null || !endsTheClause(normalised.substring(found.end()))) {
                return null;
            }
        }
        String[] upTo = words(normalised.substring(0, found.end()));
        int phraseStart = upTo.length - found.words();
        String pronoun = Arrays.stream(upTo, phraseStart, upTo.length).filter(PRONOUNS::contains).findFirst().orElse("it");
        String[] earlier = words(WriterRoles.normalise(before) + " " + String.join(" ", Arrays.copyOf(upTo, phraseStart)));
        for (int i = earlier.length - 1; i >= 0; i--) {
            boolean aCode = common.hasNormalisedWord(earlier[i]);
            boolean aPassword = neuter.hasNormalisedWord(earlier[i]);
            if (aCode || aPassword) {
                boolean fits = aCode && !NEUTER.contains(pronoun) || aPassword && !COMMON.contains(pronoun);
                return fits && !anotherThings(earlier, i) ? earlier[i] : null;
            }
        }
        return null;
    }

    /**
     * Whether the code at {@code at} is said to be another thing's ("adgangskoden til Snapchat", "koden til sin private
     * Gmail"): a preposition after it names what it opens, and only the words of [code-of-the-guide] are the guide's.
     */
    private boolean anotherThings(String[] words, int at) {
        int next = at + 1;
        if (next >= words.length || !OWNER_PREPOSITIONS.contains(words[next])) {
            return false;
        }
        for (int i = next + 1; i < words.length && i <= next + 3; i++) {
            if (guidesOwn.hasNormalisedWord(words[i])) {
                return false;
            }
        }
        return true;
    }

    /** Nothing after the phrase, or a word after which no noun of the phrase's follows. */
    private boolean endsTheClause(String after) {
        String[] next = words(after);
        return next.length == 0 || clauseGoesOn.hasNormalisedWord(next[0]);
    }

    private static String[] words(String normalised) {
        return Arrays.stream(normalised.split(" ")).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }
}
