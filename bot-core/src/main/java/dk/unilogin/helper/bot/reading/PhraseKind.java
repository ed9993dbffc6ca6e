package dk.unilogin.helper.bot.reading;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of phrase a phrase file may list, each with how its phrases are matched: the
 * whole message is the phrase, the message holds the phrase as whole words, or the phrases
 * are a vocabulary every word of a message must come from.
 */
public enum PhraseKind {
    RESTART(Match.WHOLE), POLITE_FILLER(Match.CONTAINED),
    DANISH(Match.WHOLE), IN_DANISH(Match.CONTAINED), ENGLISH(Match.WHOLE), IN_ENGLISH(Match.CONTAINED),
    PERSON(Match.CONTAINED),
    YES(Match.WHOLE), NO(Match.WHOLE), OK(Match.WHOLE), DONE(Match.WHOLE), BACK(Match.WHOLE),
    WORKED(Match.WHOLE), NOT_WORKING(Match.WHOLE),
    FIRST(Match.CONTAINED), SECOND(Match.CONTAINED), THIRD(Match.CONTAINED), NONE_OF_THEM(Match.CONTAINED),
    AFFIRMS(Match.CONTAINED), DENIES(Match.CONTAINED), NEGATION(Match.VOCABULARY),
    GREETING(Match.WHOLE), GREETING_ADDRESSEE(Match.WHOLE), IDENTITY(Match.WHOLE), CAPABILITIES(Match.WHOLE),
    ACKNOWLEDGE(Match.WHOLE), PRESENCE(Match.WHOLE),
    THANKS(Match.CONTAINED), THANKS_WORDS(Match.VOCABULARY), GOODBYE(Match.CONTAINED), GOODBYE_WORDS(Match.VOCABULARY),
    NOT_WORKING_WORDS(Match.VOCABULARY), NOT_WORKING_NEGATION(Match.CONTAINED), NOT_WORKING_VERB(Match.CONTAINED),
    WHAT_NOW_WORDS(Match.VOCABULARY), WHAT_NOW(Match.CONTAINED),
    CONFUSED_WORDS(Match.VOCABULARY), CONFUSED(Match.CONTAINED),
    STEP_BY_STEP(Match.CONTAINED), SHIFT_OPENING(Match.CONTAINED),
    CHILD(Match.CONTAINED), PUPIL(Match.CONTAINED), PARENT(Match.CONTAINED), CHILD_TITLE(Match.CONTAINED),
    FRAMING_WORDS(Match.VOCABULARY), GENERIC_TITLE_WORDS(Match.VOCABULARY);

    /** How a kind's phrases are compared with a message's folded words. */
    public enum Match { WHOLE, CONTAINED, VOCABULARY }

    private final Match match;

    PhraseKind(Match match) {
        this.match = match;
    }

    public Match match() {
        return match;
    }

    /** The name written in phrase files: {@code not-working} for NOT_WORKING. */
    public String fileName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static Optional<PhraseKind> byFileName(String name) {
        return Arrays.stream(values()).filter(k -> k.fileName().equals(name)).findFirst();
    }
}
