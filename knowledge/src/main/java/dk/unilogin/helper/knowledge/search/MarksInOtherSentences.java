package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.MatchResult;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The order of needs a writer gives in a sentence of its own, stating no need itself: "Det med Teams
 * er det mest akutte", "Det sidste er faktisk det vigtigste", "Det kan godt vente til i morgen". Each
 * method takes the message's parts and their verdicts (null for a part not scored for a need) and
 * names the parts, by their text, that such a sentence marks.
 */
final class MarksInOtherSentences {
    private final NeedMarkers markers;
    private final GuideIndex index;
    private final MatcherSettings settings;
    private final Set<String> context;

    MarksInOtherSentences(NeedMarkers markers, GuideIndex index, MatcherSettings settings, Set<String> context) {
        this.markers = markers;
        this.index = index;
        this.settings = settings;
        this.context = Set.copyOf(context);
    }

    /**
     * The text of the part stating a need that another part, stating none of its own, marks as the first; null
     * when no part does. The clause joined to it marks it ("… vil heller ikke logge ind på sin skole-pc, og DET haster
     * mest"); a sentence of its own marks the one need part it shares a word of the guide with ("Det med
     * Teams er det mest akutte"). One that points by order marks the first or the last need part before it
     * ("Det sidste er faktisk det vigtigste"); one that does neither marks nothing.
     */
    String markedFirst(ReadMessage read, List<MatchResult> results, List<MatchResult> needs) {
        for (int i = 0; i < results.size(); i++) {
            String text = read.parts().get(i).text();
            if (needs.stream().anyMatch(n -> n.part().equals(text)) || !markers.first().containsAny(text)) {
                continue;
            }
            if (i > 0 && results.get(i - 1) != null && MessageParts.joinedClause(text)) {
                return read.parts().get(i - 1).text();
            }
            String byOrder = byOrder(read, results, i);
            if (byOrder != null) {
                return byOrder;
            }
            String named = sharingAWord(read, results, i);
            if (named != null) {
                return named;
            }
        }
        return null;
    }

    /**
     * The parts stating a need that the sentence right after them, stating none of its own, says can wait
     * ("Computeren vil ikke lukke ham ind. Det kan godt vente til i morgen.").
     */
    Set<String> markedLater(ReadMessage read, List<MatchResult> results, List<MatchResult> needs) {
        Set<String> later = new HashSet<>();
        for (int i = 1; i < results.size(); i++) {
            String text = read.parts().get(i).text();
            if (results.get(i - 1) != null && markers.later().containsAny(text)
                    && needs.stream().noneMatch(n -> n.part().equals(text))) {
                later.add(read.parts().get(i - 1).text());
            }
        }
        return later;
    }

    /**
     * The first or the last part scored for a need before part {@code marking}, as its words point
     * ("det første", "det sidste"); null when they point to neither or no part before it was scored.
     */
    private String byOrder(ReadMessage read, List<MatchResult> results, int marking) {
        String text = read.parts().get(marking).text();
        boolean first = markers.firstNamed().containsAny(text);
        boolean last = markers.lastNamed().containsAny(text);
        if (first == last) {
            return null;
        }
        String found = null;
        for (int j = 0; j < marking; j++) {
            if (results.get(j) != null) {
                found = read.parts().get(j).text();
                if (first) {
                    return found;
                }
            }
        }
        return found;
    }

    /** The one other part scored for a need that shares a word of the guide with part {@code marking}; null for none or several. */
    private String sharingAWord(ReadMessage read, List<MatchResult> results, int marking) {
        Set<String> named = new HashSet<>();
        for (QueryTerm term : read.parts().get(marking).terms()) {
            if (term.weight() >= settings.minNamingWeight && !term.story() && !context.contains(term.term())
                    && index.usedByGuide(term.term())) {
                named.add(term.term());
            }
        }
        String part = null;
        for (int j = 0; j < results.size() && !named.isEmpty(); j++) {
            if (j != marking && results.get(j) != null
                    && read.parts().get(j).terms().stream().anyMatch(t -> named.contains(t.term()))) {
                if (part != null) {
                    return null;
                }
                part = read.parts().get(j).text();
            }
        }
        return part;
    }
}
