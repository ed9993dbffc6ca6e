package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.ConversationRoles;
import dk.unilogin.helper.knowledge.Passage;
import dk.unilogin.helper.knowledge.markdown.Guide;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The guide's passage of the usual causes ({@code lead-on: causes}: "Ingen adgang", a wrong code or no right to a
 * service) and the passages it sends the reader on to. A message that only describes the failed login is read as
 * that passage, while a question for what one of those passages hands out ("… kan ikke komme ind. Kan han lave en
 * ny kode til mig?") has already gone the step the causes passage would send it.
 */
final class UsualCauses {
    private final Map<String, Set<String>> sendsOn;

    private UsualCauses(Map<String, Set<String>> sendsOn) {
        this.sendsOn = Map.copyOf(sendsOn);
    }

    static UsualCauses of(Guide guide) {
        Map<String, Set<String>> sendsOn = new HashMap<>();
        for (List<Passage> passages : guide.passages().values()) {
            for (Passage passage : passages) {
                if (passage.roles().leadOn() == ConversationRoles.LeadOn.CAUSES) {
                    sendsOn.computeIfAbsent(passage.id(), id -> new HashSet<>()).addAll(passage.related());
                }
            }
        }
        sendsOn.replaceAll((id, to) -> Set.copyOf(to));
        return new UsualCauses(sendsOn);
    }

    /** Whether {@code from} is the usual causes' passage and sends the reader on to {@code to}. */
    boolean sendsOn(String from, String to) {
        return sendsOn.getOrDefault(from, Set.of()).contains(to);
    }
}
