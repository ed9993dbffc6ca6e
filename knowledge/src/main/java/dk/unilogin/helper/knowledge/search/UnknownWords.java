package dk.unilogin.helper.knowledge.search;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * Sorts the words of a message that the guide does not know. Filler ("argh", "i aften") and
 * names ("min søn Oliver") say nothing about the question; any other unknown word most likely
 * names a topic the guide does not cover ("koden til sin playstation", "mit barns fravær"),
 * and a message built of guide words around such a word should be declined.
 */
final class UnknownWords {
    static final String BUNDLED = "matching/everyday-words.txt";
    static final String STORY = "matching/story-words.txt";
    /**
     * A capitalised word: most likely a name. People capitalise the first word too, so an unknown
     * opening word ("Mathias kan ikke …") is given the benefit of the doubt.
     */
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}\\p{Ll}+");

    private static final int MIN_TOPIC_LENGTH = 4;

    enum Kind {
        /** Part of the story around the question (people, feelings, school life): weighs nothing. */
        STORY,
        /** A capitalised word, most likely a person's name: weighs nothing. */
        NAME,
        /** Says nothing about the question: weighs less than other unknown words. */
        FILLER,
        /** A short leftover (typo, abbreviation): weighs as any unknown word. */
        OTHER,
        /** Seems to name a topic the guide does not cover. */
        FOREIGN
    }

    private final Analyzer analyzer;
    private final Set<String> everyday;
    private final Set<String> story;

    UnknownWords(Analyzer analyzer, String everydayWords, String storyWords) {
        this.analyzer = analyzer;
        this.everyday = terms(analyzer, everydayWords);
        this.story = terms(analyzer, storyWords);
    }

    private static Set<String> terms(Analyzer analyzer, String list) {
        Set<String> terms = new HashSet<>();
        list.lines()
                .filter(line -> !line.isBlank() && !line.strip().startsWith("#"))
                .forEach(line -> terms.addAll(TermMappings.analyze(analyzer, line)));
        return terms;
    }

    static UnknownWords bundled(Analyzer analyzer) {
        return new UnknownWords(analyzer, bundledText(), MatchingLists.resource(STORY));
    }

    /** Whether the term is a word of the story around a question ({@code matching/story-words.txt}). */
    boolean isStory(String term) {
        return story.contains(term);
    }

    static String bundledText() {
        return MatchingLists.resource(BUNDLED);
    }

    /** The terms of the capitalised words inside {@code message}, taken to be names. */
    Set<String> names(String message) {
        Set<String> names = new HashSet<>();
        Matcher matcher = NAME.matcher(message);
        while (matcher.find()) {
            names.addAll(TermMappings.analyze(analyzer, matcher.group()));
        }
        return names;
    }

    /** What an unknown {@code term} of a message whose name terms are {@code names} is. */
    Kind classify(String term, Set<String> names) {
        if (story.contains(term)) {
            return Kind.STORY;
        }
        if (everyday.contains(term)) {
            return Kind.FILLER;
        }
        if (names.contains(term)) {
            return Kind.NAME;
        }
        // Short leftovers are mostly typos and abbreviations, not topics.
        return term.length() < MIN_TOPIC_LENGTH ? Kind.OTHER : Kind.FOREIGN;
    }
}
