package dk.unilogin.helper.app.insights;

import dk.unilogin.helper.knowledge.TextFold;
import dk.unilogin.helper.app.insights.InsightsReport.MessageGroup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Groups unanswered messages that read alike, so the admin sees "printer (14)" rather than
 * fourteen lines. Words are folded (case, æ/ø/å, accents), filler words dropped and cut to
 * a crude stem; a message joins the first group whose words overlap it by half or more
 * (Jaccard), otherwise it starts a group. Greedy and good enough for a few thousand lines.
 */
final class UnansweredGrouping {

    private static final double SIMILAR = 0.5;
    private static final int STEM = 5;
    private static final int EXAMPLES = 3;
    private static final Set<String> FILLER = Set.of("jeg", "min", "mit", "mine", "han", "hun", "det", "den", "der",
            "har", "til", "kan", "ikke", "hvordan", "hvad", "hvor", "med", "paa", "som", "vil", "skal", "hvis", "eller",
            "men", "and", "the", "how", "can", "not", "what", "where", "with", "for", "you", "have", "hej", "tak");

    private UnansweredGrouping() {
    }

    private static final class Group {
        final Set<String> words;
        final List<String> examples = new ArrayList<>();
        int count;

        Group(Set<String> words) {
            this.words = words;
        }
    }

    static List<MessageGroup> group(List<String> messages, int maxGroups) {
        List<Group> groups = new ArrayList<>();
        for (String message : messages) {
            Set<String> words = words(message);
            Group home = groups.stream().filter(g -> jaccard(g.words, words) >= SIMILAR).findFirst()
                    .orElseGet(() -> {
                        Group g = new Group(words);
                        groups.add(g);
                        return g;
                    });
            home.count++;
            if (home.examples.size() < EXAMPLES && !home.examples.contains(message)) {
                home.examples.add(message);
            }
        }
        return groups.stream().sorted(Comparator.comparingInt((Group g) -> g.count).reversed())
                .limit(maxGroups).map(g -> new MessageGroup(g.count, g.examples)).toList();
    }

    static Set<String> words(String message) {
        return Arrays.stream(TextFold.words(message).split(" "))
                .filter(w -> w.length() > 2 && !FILLER.contains(w))
                .map(w -> w.length() > STEM ? w.substring(0, STEM) : w)
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / (a.size() + b.size() - shared);
    }
}
