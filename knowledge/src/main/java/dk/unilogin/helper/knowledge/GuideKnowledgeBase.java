package dk.unilogin.helper.knowledge;

import dk.unilogin.helper.knowledge.markdown.Guide;
import dk.unilogin.helper.knowledge.search.PassageMatcher;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A loaded guide and the matcher over its index; immutable. */
final class GuideKnowledgeBase implements KnowledgeBase {
    private final Guide guide;
    private final PassageMatcher matcher;

    GuideKnowledgeBase(Guide guide, PassageMatcher matcher) {
        this.guide = guide;
        this.matcher = matcher;
    }

    @Override
    public List<Passage> passages(Language language) {
        return guide.of(language);
    }

    @Override
    public Optional<Passage> passage(String id, Language language) {
        return guide.of(language).stream().filter(p -> p.id().equals(id)).findFirst();
    }

    @Override
    public MatchResult match(String message) {
        return matcher.match(message);
    }

    @Override
    public MatchExplanation explain(String message) {
        return matcher.explain(message);
    }

    @Override
    public MatchResult matchAmong(String message, Collection<String> passageIds) {
        return matcher.matchAmong(message, passageIds);
    }
}
