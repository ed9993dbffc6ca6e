package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.knowledge.Audience;
import dk.unilogin.helper.knowledge.Passage;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who a message is about, read from plain words: "min datter" (a child), "jeg er elev" (a
 * pupil), "jeg er mor" (the parent). A child outranks the rest: a parent who names the child
 * is asking for the child.
 */
enum AudienceCue {
    CHILD, PUPIL, PARENT;

    private static final String[] CHILD_WORDS = {"barn", "barnet", "barnets", "barns", "boern", "boernene", "boernenes",
            "boerns", "soen", "soennen", "soens", "soenner", "soennerne", "soennernes", "datter", "datteren",
            "datters", "doetre", "doetrene", "doetres", "doetrenes", "dreng", "drengen", "drengens", "drengs",
            "drenge", "drengene", "pige", "pigen", "pigens", "piges", "piger", "pigerne", "ungen", "ungens",
            "unger", "ungerne", "tvilling", "tvillingen", "tvillinger", "tvillingerne", "tvillingers",
            "twin", "twins", "child", "childs", "children", "childrens", "kid", "kids", "son", "sons",
            "daughter", "daughters", "boy", "boys", "girl", "girls",
            // a parent writing about a third person writes about the child
            "han", "hun", "hans", "hendes", "sin", "sit", "sine", "he", "she", "his", "him"};
    private static final String[] PUPIL_WORDS = {"elev", "eleven", "pupil", "student", "jeg gaar i",
            "i am a pupil", "im a pupil", "i am a student", "im a student"};
    private static final String[] PARENT_WORDS = {"mor", "far", "mormor", "farmor", "foraelder", "foraeldre",
            "mother", "father", "mom", "mum", "dad", "parent", "mig selv", "mit eget", "min egen", "myself",
            "my own", "own"};
    /** Every single word that names an audience, for taking them out of a message. */
    private static final Set<String> SINGLE_WORDS = Stream.of(CHILD_WORDS, PUPIL_WORDS, PARENT_WORDS)
            .flatMap(java.util.Arrays::stream).filter(w -> !w.contains(" ")).collect(Collectors.toUnmodifiableSet());
    private static final String[] CHILD_TITLE_WORDS = {"barn", "barns", "boern", "child", "childs", "children"};

    static Optional<AudienceCue> of(String text) {
        String words = Words.normalize(text);
        if (Words.containsAny(words, CHILD_WORDS)) {
            return Optional.of(CHILD);
        }
        if (Words.containsAny(words, PUPIL_WORDS)) {
            return Optional.of(PUPIL);
        }
        if (Words.containsAny(words, PARENT_WORDS)) {
            return Optional.of(PARENT);
        }
        return Optional.empty();
    }

    /** True if the (normalized) word names an audience on its own: "datter", "mor", "elev", "child". */
    static boolean isAudienceWord(String normalizedWord) {
        return SINGLE_WORDS.contains(normalizedWord);
    }

    /** The passages among {@code candidates} written for this audience, in the given order. */
    List<Passage> fitting(List<Passage> candidates) {
        return candidates.stream().filter(this::fits).toList();
    }

    boolean fits(Passage p) {
        boolean aboutChild = Words.containsAny(Words.normalize(p.title()), CHILD_TITLE_WORDS);
        return switch (this) {
            case CHILD -> aboutChild;
            case PUPIL -> p.audience() == Audience.ELEV;
            case PARENT -> p.audience() == Audience.FORAELDER && !aboutChild;
        };
    }
}
