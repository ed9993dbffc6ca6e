package dk.unilogin.helper.knowledge.search;

import java.util.HashSet;
import java.util.Set;

/** A list of whole words (several a line, {@code #} comments), read as {@link WriterRoles#normalise} reads them. */
final class WordSet {
    private final Set<String> words;

    private WordSet(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    static WordSet parse(String text) {
        Set<String> words = new HashSet<>();
        text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .forEach(l -> {
                    for (String w : WriterRoles.normalise(l).split(" ")) {
                        if (!w.isEmpty()) {
                            words.add(w);
                        }
                    }
                });
        return new WordSet(words);
    }

    boolean containsAny(String text) {
        for (String w : WriterRoles.normalise(text).split(" ")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
