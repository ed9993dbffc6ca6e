package dk.unilogin.helper.bot.reading;

import dk.unilogin.helper.knowledge.MatchResult;
import java.util.Optional;
import java.util.function.Function;

/**
 * One message as read: the text (redacted, bounded), its folded words, who it is about, and
 * the matcher's verdict on the question it asks, computed once and only when someone needs it.
 */
public final class Message {
    private final String text;
    private final boolean cut;
    private final String words;
    private final String question;
    private final Optional<AudienceCue> audience;
    private final String withoutAudience;
    private final Function<String, MatchResult> matcher;
    private MatchResult match;
    private MatchResult matchWithoutAudience;

    Message(String text, boolean cut, String words, String question, Optional<AudienceCue> audience, String withoutAudience,
            Function<String, MatchResult> matcher) {
        this.text = text;
        this.cut = cut;
        this.words = words;
        this.question = question;
        this.audience = audience;
        this.withoutAudience = withoutAudience;
        this.matcher = matcher;
    }

    /** The message as typed (after redaction), stripped and bounded. */
    public String text() {
        return text;
    }

    /** The message was longer than the bot reads, and only its start is read. */
    public boolean cut() {
        return cut;
    }

    /** The message's folded words: "Næste!" is "naeste". */
    public String words() {
        return words;
    }

    public int wordCount() {
        return words.isEmpty() ? 0 : words.split(" ").length;
    }

    /** What the matcher reads: the message without a leading greeting and without redaction masks. */
    public String question() {
        return question;
    }

    /** Who the message is about, if it names someone. */
    public Optional<AudienceCue> audience() {
        return audience;
    }

    /** The message with the words that name an audience taken out ("min søn, han går i 3. klasse": "min, går i 3. klasse"). */
    public String withoutAudience() {
        return withoutAudience;
    }

    /**
     * The matcher's verdict on {@link #withoutAudience()}: whether the message asks something
     * besides naming who it is about. Asked on first use only; most messages never need it.
     */
    public MatchResult matchWithoutAudience() {
        if (matchWithoutAudience == null) {
            matchWithoutAudience = matcher.apply(withoutAudience);
        }
        return matchWithoutAudience;
    }

    /** The matcher's verdict on {@link #question()}: asked on first use, then kept for the turn. */
    public MatchResult match() {
        if (match == null) {
            match = matcher.apply(question);
        }
        return match;
    }
}
