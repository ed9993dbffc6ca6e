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
    /**
     * A capitalised word: most likely a name. People capitalise the first word too, so an unknown
     * opening word ("Mathias kan ikke …") is given the benefit of the doubt.
     */
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}\\p{Ll}+");

    private static final int MIN_TOPIC_LENGTH = 4;

    enum Kind {
        /** Says nothing about the question: weighs less than other unknown words. */
        FILLER,
        /** A name or a short leftover (typo, abbreviation): weighs as any unknown word. */
        OTHER,
        /** Seems to name a topic the guide does not cover. */
        FOREIGN
    }

    private final Analyzer analyzer;
    private final Set<String> everyday;

    UnknownWords(Analyzer analyzer, String everydayWords) {
        this.analyzer = analyzer;
        this.everyday = new HashSet<>();
        everydayWords.lines()
                .filter(line -> !line.isBlank() && !line.strip().startsWith("#"))
                .forEach(line -> everyday.addAll(TermMappings.analyze(analyzer, line)));
    }

    static UnknownWords bundled(Analyzer analyzer) {
        return new UnknownWords(analyzer, bundledText());
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
        if (everyday.contains(term)) {
            return Kind.FILLER;
        }
        // Short leftovers are mostly typos and abbreviations, not topics.
        return names.contains(term) || term.length() < MIN_TOPIC_LENGTH ? Kind.OTHER : Kind.FOREIGN;
    }
}
