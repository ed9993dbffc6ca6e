package dk.unilogin.helper.bot.reading;

import dk.unilogin.helper.knowledge.Audience;
import dk.unilogin.helper.knowledge.Passage;
import dk.unilogin.helper.knowledge.TextFold;
import java.util.List;

/**
 * Who a message is about, read from plain words ({@code child}, {@code pupil}, {@code parent}
 * in the phrase files): "min datter" (a child), "jeg er elev" (a pupil), "jeg er mor" (the
 * parent). A child outranks the rest: a parent who names the child is asking for the child.
 */
public enum AudienceCue {
    CHILD, PUPIL, PARENT;

    /** The passages among {@code candidates} written for this audience, in the given order. */
    public List<Passage> fitting(List<Passage> candidates, Phrases phrases) {
        return candidates.stream().filter(p -> fits(p, phrases)).toList();
    }

    public boolean fits(Passage p, Phrases phrases) {
        boolean aboutChild = aboutChild(p, phrases);
        return switch (this) {
            case CHILD -> aboutChild;
            case PUPIL -> p.audience() == Audience.ELEV;
            case PARENT -> p.audience() == Audience.FORAELDER && !aboutChild;
        };
    }

    /** The passage's title names a child ("dit barns brugernavn"). */
    public static boolean aboutChild(Passage p, Phrases phrases) {
        return phrases.contains(PhraseKind.CHILD_TITLE, TextFold.words(p.title()));
    }
}
