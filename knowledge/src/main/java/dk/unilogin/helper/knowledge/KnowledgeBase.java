package dk.unilogin.helper.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The loaded, validated guide and its matcher. Immutable once built and safe for
 * concurrent use; a reload builds a new one aside (see {@code KnowledgeLoader}).
 */
public interface KnowledgeBase {

    /** All passages of one language, in the guide's order. */
    List<Passage> passages(Language language);

    /** One passage in one language; every id exists in every language. */
    Optional<Passage> passage(String id, Language language);

    /** Ranks the guide's passages for a user's message (Danish or English, as typed). */
    MatchResult match(String message);

    /** {@link #match} with what each stage of the matcher did: for {@code eval --explain} and debugging. */
    MatchExplanation explain(String message);

    /**
     * Ranks only the given passages: for a reply to a clarifying question
     * ("jeg er mor", "min datter") among the candidates that were offered.
     */
    MatchResult matchAmong(String message, Collection<String> passageIds);
}
