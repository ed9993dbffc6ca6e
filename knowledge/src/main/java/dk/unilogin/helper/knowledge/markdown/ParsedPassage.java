package dk.unilogin.helper.knowledge.markdown;

import dk.unilogin.helper.knowledge.Passage;
import java.util.List;

/**
 * A passage as read from its file, with what cross-file validation needs: where its id
 * stood and every passage id it names (front-matter {@code related} and {@code #id} links).
 */
public record ParsedPassage(Passage passage, int order, int idLine, List<Located> referencedIds) {
    public ParsedPassage {
        referencedIds = List.copyOf(referencedIds);
    }
}
