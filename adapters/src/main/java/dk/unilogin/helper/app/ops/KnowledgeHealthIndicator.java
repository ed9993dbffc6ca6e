package dk.unilogin.helper.app.ops;

import dk.unilogin.helper.knowledge.KnowledgeBase;
import dk.unilogin.helper.knowledge.Language;
import dk.unilogin.helper.knowledge.ReloadableKnowledgeBase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Up when the guide's index is built and holds passages in every language; part of the
 * readiness group, so no traffic is routed here before the bot can answer.
 */
final class KnowledgeHealthIndicator implements HealthIndicator {

    private final ObjectProvider<KnowledgeBase> knowledge;

    KnowledgeHealthIndicator(ObjectProvider<KnowledgeBase> knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public Health health() {
        KnowledgeBase base = knowledge.getIfAvailable();
        if (base == null) {
            return Health.down().withDetail("reason", "the knowledge index is not built").build();
        }
        if (base instanceof ReloadableKnowledgeBase reloadable && !reloadable.isLoaded()) {
            return Health.down().withDetail("reason", "the knowledge index is being built").build();
        }
        Health.Builder health = Health.up();
        for (Language language : Language.values()) {
            int passages = base.passages(language).size();
            health.withDetail("passages." + language.code(), passages);
            if (passages == 0) {
                health.down();
            }
        }
        return health.build();
    }
}
