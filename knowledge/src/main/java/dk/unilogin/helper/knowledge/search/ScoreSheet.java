package dk.unilogin.helper.knowledge.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The passages' scores for one message as they pass from the score stage through the
 * adjustments to the decision, with the best-fitting text outside the guide.
 */
final class ScoreSheet {
    /** One passage's score and the text that earned it. */
    static final class Entry {
        final String passageId;
        double score;
        final IndexedText text;

        Entry(String passageId, double score, IndexedText text) {
            this.passageId = passageId;
            this.score = score;
            this.text = text;
        }
    }

    private final Map<String, Entry> passages = new LinkedHashMap<>();
    double outside;
    IndexedText outsideText;
    /**
     * Set by an adjustment: the message is the school's passage's own case, Unilogin working while a service will not
     * let the writer in, or a question of whom to turn to.
     */
    boolean schoolsOwnCase;
    /** Set by an adjustment: a message outside the guide fits at least as well as the best passage. */
    boolean declined;
    String declinedBecause = "";

    /** Keeps the better of the passage's scores so far and this text's. */
    void offer(IndexedText text, double score) {
        Entry entry = passages.get(text.passageId());
        if (entry == null) {
            passages.put(text.passageId(), new Entry(text.passageId(), score, text));
        } else if (score > entry.score) {
            passages.put(text.passageId(), new Entry(text.passageId(), score, text));
        }
    }

    void offerOutside(IndexedText text, double score) {
        if (score > outside) {
            outside = score;
            outsideText = text;
        }
    }

    Iterable<Entry> entries() {
        return passages.values();
    }

    boolean isEmpty() {
        return passages.isEmpty();
    }

    /** Best first; equal scores keep the order in which the passages were first met. */
    List<Entry> ranked() {
        List<Entry> ranked = new ArrayList<>(passages.values());
        ranked.sort(Comparator.comparingDouble((Entry e) -> e.score).reversed());
        return ranked;
    }

    double top() {
        double top = 0;
        for (Entry entry : passages.values()) {
            top = Math.max(top, entry.score);
        }
        return top;
    }
}
