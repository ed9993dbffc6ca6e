package dk.unilogin.helper.knowledge.search;

import java.util.Arrays;

/**
 * The code a sentence that changes something unnamed points back to ("Min søn tror, en klassekammerat kender hans kode.
 * Vi vil gerne skifte den."): the word named last before the phrase, in the sentence before or earlier in its own, when
 * its gender fits the pronoun ("den" a code, "det" a password or a username, "it" either). From back-references.txt.
 */
final class ChangedItReference {
    private final WordSet phrases;
    private final WordSet common;
    private final WordSet neuter;

    ChangedItReference(WordSet phrases, WordSet common, WordSet neuter) {
        this.phrases = phrases;
        this.common = common;
        this.neuter = neuter;
    }

    /** The word {@code part}'s unnamed "den" / "det" stands for, as the lists read it; null when it names none. */
    String pointedTo(String before, String part) {
        String normalised = WriterRoles.normalise(part);
        WordSet.Found found = phrases.first(normalised);
        if (found == null) {
            return null;
        }
        String[] upTo = words(normalised.substring(0, found.end()));
        int phraseStart = upTo.length - found.words();
        String pronoun = Arrays.stream(upTo, phraseStart, upTo.length)
                .filter(w -> w.equals("den") || w.equals("det") || w.equals("it")).findFirst().orElse("it");
        String[] earlier = words(WriterRoles.normalise(before) + " " + String.join(" ", Arrays.copyOf(upTo, phraseStart)));
        for (int i = earlier.length - 1; i >= 0; i--) {
            boolean aCode = common.hasNormalisedWord(earlier[i]);
            boolean aPassword = neuter.hasNormalisedWord(earlier[i]);
            if (aCode || aPassword) {
                return aCode && !pronoun.equals("det") || aPassword && !pronoun.equals("den") ? earlier[i] : null;
            }
        }
        return null;
    }

    private static String[] words(String normalised) {
        return Arrays.stream(normalised.split(" ")).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }
}
