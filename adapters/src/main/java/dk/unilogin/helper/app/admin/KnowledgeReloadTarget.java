package dk.unilogin.helper.app.admin;

import dk.unilogin.helper.knowledge.Language;
import dk.unilogin.helper.knowledge.ReloadOutcome;
import dk.unilogin.helper.knowledge.ReloadableKnowledgeBase;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Reloads the guide (Markdown passages and their index) through {@link ReloadableKnowledgeBase#reload()}. */
@Component
class KnowledgeReloadTarget implements ReloadTarget {

    private final ObjectProvider<ReloadableKnowledgeBase> knowledge;
    private final Clock clock = Clock.systemUTC();
    private final AtomicReference<ReloadResult> last = new AtomicReference<>();
    private final java.time.Instant startedAt = clock.instant();

    KnowledgeReloadTarget(ObjectProvider<ReloadableKnowledgeBase> knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public String name() {
        return "knowledge";
    }

    @Override
    public ReloadResult reload() {
        ReloadableKnowledgeBase base = knowledge.getIfAvailable();
        if (base == null) {
            return ReloadResult.failed(name(), clock.instant(), "this application has no reloadable knowledge base");
        }
        ReloadOutcome outcome = base.reload();
        ReloadResult result = outcome.reloaded()
                ? ReloadResult.ok(name(), clock.instant(), outcome.passages() + " passage(s) per language")
                : ReloadResult.failed(name(), clock.instant(), outcome.errorMessage().orElse("unknown error"));
        last.set(result);
        return result;
    }

    @Override
    public ReloadResult last() {
        ReloadResult result = last.get();
        if (result != null) {
            return result;
        }
        ReloadableKnowledgeBase base = knowledge.getIfAvailable();
        return base == null
                ? ReloadResult.failed(name(), startedAt, "this application has no reloadable knowledge base")
                : ReloadResult.ok(name(), startedAt, base.passages(Language.DA).size()
                        + " passage(s) per language, loaded at start");
    }
}
