package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.DataLine;
import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The guide's errors as people quote them ({@code matching/named-errors.txt}): a message that
 * names one ("der står 'Ingen adgang'") is about that error's passage, whatever else it names
 * around it ({@link ForeignTopicAdjustment}), unless it says the login is another system's
 * ("med MitID": a netbank's or e-Boks' "Ingen adgang" is theirs).
 */
public final class NamedErrors {
    public static final String BUNDLED = "matching/named-errors.txt";

    /** The key of phrases saying the login is another system's: then the message names that system's error. */
    private static final String UNLESS = "unless";

    /** Phrases by their first word (never {@code *}), each with its passage or {@link #UNLESS}. */
    private final Map<String, List<Phrase>> byFirstWord;

    private record Phrase(String[] words, String passage) {
    }

    private NamedErrors(Map<String, List<Phrase>> byFirstWord) {
        this.byFirstWord = Map.copyOf(byFirstWord);
    }

    /** Reads the list; a bad line, or when {@code strict} an unknown passage id, names the line. */
    public static NamedErrors parse(String source, String text, Collection<String> passageIds, boolean strict) {
        Map<String, List<Phrase>> byFirstWord = new HashMap<>();
        for (DataLine line : DataLine.of(text)) {
            if (!line.hasKey()) {
                throw new KnowledgeFormatException(source, line.number(), "expected 'passage-id: phrase, phrase' or 'unless: phrase'");
            }
            String key = line.key();
            if (!key.equals(UNLESS) && !passageIds.contains(key)) {
                if (strict) {
                    throw new KnowledgeFormatException(source, line.number(), "no passage has the id '" + key + "'");
                }
                continue;
            }
            for (String item : line.rawItems()) {
                String[] words = UniloginWorks.phrase(item).split(" ");
                if (words[0].isEmpty() || words[0].equals("*")) {
                    throw new KnowledgeFormatException(source, line.number(),
                            "expected a phrase starting with a word, not '" + item.strip() + "'");
                }
                byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Phrase(words, key));
            }
        }
        return new NamedErrors(byFirstWord);
    }

    /**
     * The passages whose error a message names, from its words ({@link UniloginWorks#wordsOf}); none when it names none
     * or says the login is another system's.
     */
    Set<String> namedIn(String[] words) {
        if (byFirstWord.isEmpty()) {
            return Set.of();
        }
        Set<String> named = null;
        for (int start = 0; start < words.length; start++) {
            for (Phrase phrase : byFirstWord.getOrDefault(words[start], List.of())) {
                if (UniloginWorks.phraseAt(words, start, phrase.words())) {
                    if (named == null) {
                        named = new TreeSet<>();
                    }
                    named.add(phrase.passage());
                }
            }
        }
        if (named == null || named.contains(UNLESS)) {
            return Set.of();
        }
        return Set.copyOf(named);
    }
}
