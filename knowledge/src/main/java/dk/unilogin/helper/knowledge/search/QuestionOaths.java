package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.DataLine;
import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Oaths right after a question word ({@code matching/question-oaths.txt}): "hvor fanden skal vi taste det ind?" is read
 * as "hvor skal vi taste det ind?", so that the question is known for what it asks, however heated.
 */
final class QuestionOaths {
    static final String BUNDLED = "matching/question-oaths.txt";
    private static final QuestionOaths OATHS = parse(MatchingLists.resource(BUNDLED));

    /** A question word, then an oath, each a whole word or words; the question word is group 1. */
    private final Pattern oathAfterQuestion;
    /** Each oath's longest word, lower case: a message with none of them is left as it is without running the pattern. */
    private final List<String> oathWords;

    private QuestionOaths(Set<String> questionWords, Set<String> oaths) {
        this.oathWords = oaths.stream().map(QuestionOaths::longestWord).distinct().toList();
        this.oathAfterQuestion = Pattern.compile("(?<![\\p{L}'’])(" + alternatives(questionWords) + ")\\s+(?:" + alternatives(oaths)
                + ")(?![\\p{L}'’])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String longestWord(String phrase) {
        return Arrays.stream(phrase.split("\\s+")).max(Comparator.comparingInt(String::length)).orElse(phrase);
    }

    /** The words as alternatives, longest first; the words of a phrase apart by any space. */
    private static String alternatives(Set<String> words) {
        return words.stream().sorted((a, b) -> b.length() - a.length())
                .map(word -> String.join("\\s+", Arrays.stream(word.split("\\s+")).map(Pattern::quote).toList()))
                .collect(Collectors.joining("|"));
    }

    static QuestionOaths parse(String fileText) {
        Set<String> questionWords = Set.of();
        Set<String> oaths = Set.of();
        for (DataLine line : DataLine.of(fileText)) {
            if (line.hasKey() && line.key().equals("question-words")) {
                questionWords = line.lowerCaseItems();
            } else if (line.hasKey() && line.key().equals("oaths")) {
                oaths = line.lowerCaseItems();
            } else {
                throw new KnowledgeFormatException(BUNDLED, line.number(), "expected 'question-words:' or 'oaths:'");
            }
        }
        if (questionWords.isEmpty() || oaths.isEmpty()) {
            throw new KnowledgeFormatException(BUNDLED, 1, "expected question words ('question-words:') and oaths ('oaths:')");
        }
        return new QuestionOaths(questionWords, oaths);
    }

    /** {@code text} without the bundled oaths after a question word. */
    static String written(String text) {
        return OATHS.write(text);
    }

    String write(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        // Most messages swear at nothing: a few substring checks spare them the pattern, which tries every position.
        if (oathWords.stream().noneMatch(lower::contains)) {
            return text;
        }
        return oathAfterQuestion.matcher(text).replaceAll("$1");
    }
}
