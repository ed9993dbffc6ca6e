package dk.unilogin.helper.knowledge.search;

import java.util.Set;

/**
 * Each word that seems to name a topic the guide does not cover ("playstation", "fravær")
 * multiplies every passage's score by {@code adjust.foreign-topic-factor}: guide words around
 * it ("min søn har glemt koden til …") must not carry the message to a passage. A passage whose
 * error the message names ({@link NamedErrors}: "der står 'Ingen adgang'") is spared: the service or
 * device named around the error is where it happened, not another topic.
 */
final class ForeignTopicAdjustment implements ScoreAdjustment {
    private final MatcherSettings settings;

    ForeignTopicAdjustment(MatcherSettings settings) {
        this.settings = settings;
    }

    @Override
    public void apply(ReadMessage message, Query query, ScoreSheet sheet, ExplainLog log) {
        double factor = Math.pow(settings.foreignTopicFactor, Math.min(query.foreign(), settings.maxForeignWords));
        if (factor == 1) {
            return;
        }
        Set<String> spared = message.namedErrors();
        for (ScoreSheet.Entry entry : sheet.entries()) {
            if (!spared.contains(entry.passageId)) {
                entry.score = entry.score * factor;
            }
        }
        if (log.on()) {
            log.add("adjust", String.format("foreign topic: %d word(s) the guide does not cover, every passage x%.2f%s",
                    query.foreign(), factor, spared.isEmpty() ? "" : " except the named error's " + String.join(", ", spared)));
        }
    }
}
