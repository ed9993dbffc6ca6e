package dk.unilogin.helper.knowledge.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Queue;
import java.util.TreeSet;

/**
 * Which expressions of a list may match a text ({@link LeadingWords#mayMatch} of each), found in one pass over
 * the folded text: an Aho-Corasick automaton over every expression's leading words. Asking each expression in
 * turn reads the text once per leading word of every expression, hundreds of times for the phrase joins.
 */
final class LeadingWordsIndex {
    /** The characters the words use, each numbered from 1; any other character is 0 and ends every word. */
    private final char[] alphabet;
    /** Per state, the state after each character number. */
    private final int[][] next;
    /** Per state, the expressions one of whose words ends there; null when none does. */
    private final BitSet[] found;
    /** The expressions with no leading words read: they always run. */
    private final BitSet alwaysRun;
    /** {@link #symbol} of the first 256 characters (the folded text's letters, digits and marks), looked up once. */
    private final int[] latin = new int[256];

    LeadingWordsIndex(List<LeadingWords> expressions) {
        TreeSet<Character> chars = new TreeSet<>();
        alwaysRun = new BitSet(expressions.size());
        for (int i = 0; i < expressions.size(); i++) {
            List<String> words = expressions.get(i).words();
            if (words == null || words.stream().anyMatch(String::isEmpty)) {
                alwaysRun.set(i);
                continue;
            }
            words.forEach(word -> word.chars().forEach(c -> chars.add((char) c)));
        }
        alphabet = new char[chars.size()];
        int n = 0;
        for (char c : chars) {
            alphabet[n++] = c;
        }
        for (char c = 0; c < latin.length; c++) {
            latin[c] = searched(c);
        }
        int width = alphabet.length + 1;
        // The trie of all words.
        List<int[]> trie = new ArrayList<>();
        List<BitSet> ends = new ArrayList<>();
        trie.add(new int[width]);
        ends.add(null);
        for (int i = 0; i < expressions.size(); i++) {
            if (alwaysRun.get(i)) {
                continue;
            }
            for (String word : expressions.get(i).words()) {
                int state = 0;
                for (int k = 0; k < word.length(); k++) {
                    int symbol = symbol(word.charAt(k));
                    if (trie.get(state)[symbol] == 0) {
                        trie.add(new int[width]);
                        ends.add(null);
                        trie.get(state)[symbol] = trie.size() - 1;
                    }
                    state = trie.get(state)[symbol];
                }
                if (ends.get(state) == null) {
                    ends.set(state, new BitSet(expressions.size()));
                }
                ends.get(state).set(i);
            }
        }
        // Breadth first: each state's missing moves follow its longest proper suffix in the trie, and it finds what
        // that suffix finds.
        next = trie.toArray(new int[0][]);
        found = ends.toArray(new BitSet[0]);
        int[] fail = new int[next.length];
        Queue<Integer> queue = new ArrayDeque<>();
        for (int symbol = 0; symbol < width; symbol++) {
            if (next[0][symbol] != 0) {
                queue.add(next[0][symbol]);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.remove();
            BitSet inherited = found[fail[state]];
            if (inherited != null) {
                if (found[state] == null) {
                    found[state] = new BitSet(expressions.size());
                }
                found[state].or(inherited);
            }
            for (int symbol = 0; symbol < width; symbol++) {
                int child = next[state][symbol];
                if (child != 0) {
                    fail[child] = next[fail[state]][symbol];
                    queue.add(child);
                } else {
                    next[state][symbol] = next[fail[state]][symbol];
                }
            }
        }
    }

    /** The expressions that may match the text whose {@link dk.unilogin.helper.knowledge.TextFold#regexCase} is given. */
    BitSet candidates(String foldedText) {
        BitSet candidates = (BitSet) alwaysRun.clone();
        int state = 0;
        for (int i = 0; i < foldedText.length(); i++) {
            state = next[state][symbol(foldedText.charAt(i))];
            if (found[state] != null) {
                candidates.or(found[state]);
            }
        }
        return candidates;
    }

    private int symbol(char c) {
        return c < latin.length ? latin[c] : searched(c);
    }

    private int searched(char c) {
        int at = Arrays.binarySearch(alphabet, c);
        return at < 0 ? 0 : at + 1;
    }
}
