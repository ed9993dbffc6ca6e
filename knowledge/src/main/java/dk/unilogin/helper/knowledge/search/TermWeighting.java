package dk.unilogin.helper.knowledge.search;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Statistics of the indexed texts that say how much each word tells. */
final class TermWeighting {
    private TermWeighting() {
    }

    /**
     * How telling each term is: high when its use is concentrated in one passage (or in the
     * messages outside the guide), low when it is spread over many. Computed from the
     * entropy of the term's share of each group's titles and examples (body text counts
     * half), damped for words seen only once or twice.
     */
    static Map<String, Double> weights(List<IndexEntry> entries, List<Set<String>> termSets, MatcherSettings settings) {
        Map<String, Map<String, Double>> uses = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            IndexEntry entry = entries.get(i);
            String group = group(entry);
            boolean body = entry.kind() == TextKind.BODY;
            if (!body) {
                sizes.merge(group, 1, Integer::sum);
            }
            for (String term : termSets.get(i)) {
                uses.computeIfAbsent(term, t -> new HashMap<>()).merge(group, body ? settings.bodyUse : 1.0, Double::sum);
            }
        }
        double maxEntropy = Math.log(sizes.size());
        Map<String, Double> weights = new HashMap<>();
        uses.forEach((term, byGroup) -> {
            double total = 0;
            double count = 0;
            for (Map.Entry<String, Double> use : byGroup.entrySet()) {
                total += use.getValue() / sizes.getOrDefault(use.getKey(), 1);
                count += use.getValue();
            }
            double entropy = 0;
            for (Map.Entry<String, Double> use : byGroup.entrySet()) {
                double p = use.getValue() / sizes.getOrDefault(use.getKey(), 1) / total;
                entropy -= p * Math.log(p);
            }
            double concentration = 1 - entropy / maxEntropy;
            double evidence = count / (count + settings.rareDamping);
            double weight = Math.max(settings.minWeight, settings.maxWeight * concentration * evidence);
            // A number hints at an age or a class, but says little about what is asked.
            weights.put(term, term.equals(GuideAnalyzer.NUMBER) ? Math.min(weight, settings.numberWeight) : weight);
        });
        return weights;
    }

    /**
     * Words used across the guide (in at least three passages) and never in the messages
     * outside it, such as "unilogin" and "brugernavn". Too common to tell passages apart,
     * they still tell the guide apart from everything else.
     */
    static Set<String> guideMarkers(List<IndexEntry> entries, List<Set<String>> termSets, MatcherSettings settings) {
        Map<String, Set<String>> passagesByTerm = new HashMap<>();
        Set<String> outside = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            IndexEntry entry = entries.get(i);
            for (String term : termSets.get(i)) {
                if (entry.passageId() == null) {
                    outside.add(term);
                } else {
                    passagesByTerm.computeIfAbsent(term, t -> new HashSet<>()).add(entry.passageId());
                }
            }
        }
        Set<String> markers = new HashSet<>();
        passagesByTerm.forEach((term, passages) -> {
            if (passages.size() >= settings.markerPassages && !outside.contains(term)) {
                markers.add(term);
            }
        });
        return markers;
    }

    /**
     * Words used only by the messages outside the guide, never by a passage ("netflix", "syg",
     * "skemaet"): they name topics the guide does not cover.
     */
    static Set<String> outsideOnly(List<IndexEntry> entries, List<Set<String>> termSets) {
        Set<String> outside = new HashSet<>();
        Set<String> inGuide = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            (entries.get(i).passageId() == null ? outside : inGuide).addAll(termSets.get(i));
        }
        outside.removeAll(inGuide);
        return outside;
    }

    private static String group(IndexEntry entry) {
        return entry.passageId() == null ? "" : entry.passageId();
    }

}
