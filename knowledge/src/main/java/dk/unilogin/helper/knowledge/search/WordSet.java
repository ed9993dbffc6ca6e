package dk.unilogin.helper.knowledge.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of whole words (several a line, {@code #} comments) and phrases in double quotes
 * ({@code "mindre vigtigt"}: the words in that order), read as {@link WriterRoles#normalise} reads them.
 */
final class WordSet {
    private static final Pattern ENTRY = Pattern.compile("\"([^\"]+)\"|(\\S+)");

    private final Set<String> words;
    /** Each phrase with a space either side, to be found among the text's words padded the same way. */
    private final List<String> phrases;
    /** The same phrases by their first word: a text is looked through once, word by word. */
    private final Map<String, List<String>> phrasesByFirstWord;

    private WordSet(Set<String> words, List<String> phrases) {
        this.words = Set.copyOf(words);
        this.phrases = List.copyOf(phrases);
        Map<String, List<String>> byFirst = new HashMap<>();
        for (String phrase : this.phrases) {
            byFirst.computeIfAbsent(phrase.substring(1, phrase.indexOf(' ', 1)), w -> new ArrayList<>()).add(phrase);
        }
        this.phrasesByFirstWord = Map.copyOf(byFirst);
    }

    static WordSet parse(String text) {
        Set<String> words = new HashSet<>();
        List<String> phrases = new ArrayList<>();
        text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(line -> {
            Matcher entry = ENTRY.matcher(line);
            while (entry.find()) {
                String normalised = WriterRoles.normalise(entry.group(1) != null ? entry.group(1) : entry.group(2));
                if (normalised.isEmpty()) {
                    continue;
                }
                if (entry.group(1) != null && normalised.contains(" ")) {
                    phrases.add(" " + normalised + " ");
                } else {
                    words.addAll(List.of(normalised.split(" ")));
                }
            }
        });
        return new WordSet(words, phrases);
    }

    /** The words and phrases of both lists. */
    static WordSet union(WordSet a, WordSet b) {
        Set<String> words = new HashSet<>(a.words);
        words.addAll(b.words);
        List<String> phrases = new ArrayList<>(a.phrases);
        phrases.addAll(b.phrases);
        return new WordSet(words, phrases);
    }

    /** The most words an entry has: 1, or the length of the longest phrase. */
    int mostWords() {
        return phrases.stream().mapToInt(p -> p.strip().split(" ").length).max().orElse(1);
    }

    /** {@code text} read as the list reads it ({@link WriterRoles#normalise}), with the list's phrases left out. */
    String withoutPhrases(String text) {
        String normalised = WriterRoles.normalise(text);
        if (phrases.isEmpty()) {
            return normalised;
        }
        String padded = " " + normalised + " ";
        for (String phrase : phrases) {
            padded = padded.replace(phrase, " ");
        }
        return padded.strip();
    }

    /** Whether {@code text}, read the same way, is itself one of the list's words or phrases. */
    boolean isEntry(String text) {
        String normalised = WriterRoles.normalise(text);
        return normalised.contains(" ") ? phrases.contains(" " + normalised + " ") : words.contains(normalised);
    }

    /** Whether a single word, already read as {@link WriterRoles#normalise} reads it, is one of the list's words. */
    boolean hasNormalisedWord(String word) {
        return words.contains(word);
    }

    boolean containsAny(String text) {
        return containsAnyNormalised(WriterRoles.normalise(text));
    }

    /** {@link #containsAny} for a text already read as {@link WriterRoles#normalise} reads it. */
    boolean containsAnyNormalised(String normalised) {
        return endOfFirst(normalised) >= 0;
    }

    /**
     * Where in {@code normalised} (read as {@link WriterRoles#normalise} reads it) the first of the list's words or
     * phrases found ends, as an index into it; -1 when none is found.
     */
    int endOfFirst(String normalised) {
        Found found = first(normalised);
        return found == null ? -1 : found.end();
    }

    /**
     * The first of the list's words or phrases found in {@code normalised}: where it ends (an index into it) and how
     * many words it has; null when none is found.
     */
    Found first(String normalised) {
        String padded = " " + normalised + " ";
        // Each word starts after a space; a phrase (" w1 w2 ") can only start at the space before its first word.
        for (int space = 0, next; space < padded.length() - 1; space = next) {
            next = padded.indexOf(' ', space + 1);
            if (next < 0) {
                break;
            }
            if (next == space + 1) {
                continue;
            }
            String word = padded.substring(space + 1, next);
            if (words.contains(word)) {
                return new Found(next - 1, 1);
            }
            List<String> starting = phrasesByFirstWord.get(word);
            if (starting != null) {
                for (String phrase : starting) {
                    if (padded.startsWith(phrase, space)) {
                        return new Found(space + phrase.length() - 2, phrase.strip().split(" ").length);
                    }
                }
            }
        }
        return null;
    }

    /** A word or phrase found: where it ends in the text looked through, and how many words it has. */
    record Found(int end, int words) {
    }
}
