package dk.unilogin.helper.knowledge.markdown;

import dk.unilogin.helper.knowledge.Language;
import dk.unilogin.helper.knowledge.Passage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The validated passages of every language, each list in the guide's order. */
public record Guide(Map<Language, List<Passage>> passages) {
    public Guide {
        EnumMap<Language, List<Passage>> copy = new EnumMap<>(Language.class);
        passages.forEach((language, list) -> copy.put(language, List.copyOf(list)));
        passages = java.util.Collections.unmodifiableMap(copy);
    }

    public List<Passage> of(Language language) {
        return passages.getOrDefault(language, List.of());
    }
}
