package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.DataLine;
import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ages written as words ({@code matching/spelled-ages.txt}): "jeg er elleve år" is read as "jeg er 11 år", as an age is
 * mostly written, so that who writes and a pupil's age are read alike. A number word counts as an age right after one of
 * {@code after} ("er", "på", "fyldt") and not before one of {@code not-before} ("på ti minutter").
 */
final class SpelledAges {
    static final String BUNDLED = "matching/spelled-ages.txt";
    private static final SpelledAges AGES = parse(MatchingLists.resource(BUNDLED));

    /** Each number word, lower case, and its number. */
    private final Map<String, String> numbers;
    /** A word of {@code after}, a space and a number word, as a whole word, and the word after it if any. */
    private final Pattern spelled;
    private final Set<String> notBefore;

    private SpelledAges(Map<String, String> numbers, Set<String> after, Set<String> notBefore) {
        this.numbers = Map.copyOf(numbers);
        this.notBefore = Set.copyOf(notBefore);
        this.spelled = Pattern.compile("(?<![\\p{L}'’])(?:" + alternatives(after) + ")\\s+(" + alternatives(numbers.keySet())
                + ")(?![\\p{L}'’])(?:\\s+(\\p{L}+))?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String alternatives(Set<String> words) {
        return String.join("|", words.stream().map(Pattern::quote).toList());
    }

    static SpelledAges parse(String fileText) {
        Map<String, String> numbers = new HashMap<>();
        Set<String> after = Set.of();
        Set<String> notBefore = Set.of();
        for (DataLine line : DataLine.of(fileText)) {
            String[] wordAndNumber = line.text().split("\\s+");
            if (line.hasKey() && line.key().equals("after")) {
                after = line.lowerCaseItems();
            } else if (line.hasKey() && line.key().equals("not-before")) {
                notBefore = line.lowerCaseItems();
            } else if (wordAndNumber.length != 2 || !wordAndNumber[0].matches("\\p{L}+") || !wordAndNumber[1].matches("\\d{1,2}")) {
                throw new KnowledgeFormatException(BUNDLED, line.number(), "expected a number word, a space and its number");
            } else {
                numbers.put(wordAndNumber[0].toLowerCase(Locale.ROOT), wordAndNumber[1]);
            }
        }
        if (numbers.isEmpty() || after.isEmpty()) {
            throw new KnowledgeFormatException(BUNDLED, 1, "expected number words and the words an age follows ('after:')");
        }
        return new SpelledAges(numbers, after, notBefore);
    }

    /** {@code text} with the bundled ages written as numbers. */
    static String written(String text) {
        return AGES.write(text);
    }

    String write(String text) {
        return spelled.matcher(text).replaceAll(age -> Matcher.quoteReplacement(countsSomethingElse(age.group(2)) ? age.group()
                : text.substring(age.start(), age.start(1)) + numbers.get(age.group(1).toLowerCase(Locale.ROOT))
                        + text.substring(age.end(1), age.end())));
    }

    /** Whether the word after a number word makes it no age ("ti minutter"); none after it leaves it an age. */
    private boolean countsSomethingElse(String next) {
        return next != null && notBefore.contains(next.toLowerCase(Locale.ROOT));
    }
}
