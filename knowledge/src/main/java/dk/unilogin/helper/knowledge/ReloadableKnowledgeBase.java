package dk.unilogin.helper.knowledge;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A knowledge base that can be replaced while in use. {@link #reload()} builds and validates
 * the new set aside, then swaps it in atomically; a set that fails to load never replaces the
 * one in use. Each call reads the set current at that moment, so a turn in flight keeps
 * answering from the set it started with for that call.
 */
public final class ReloadableKnowledgeBase implements KnowledgeBase {
    private final Supplier<KnowledgeBase> source;
    private final AtomicReference<KnowledgeBase> current;

    /** Loads the first set at once; a bad first set throws {@link KnowledgeFormatException}. */
    public ReloadableKnowledgeBase(Supplier<KnowledgeBase> source) {
        this.source = Objects.requireNonNull(source, "source");
        this.current = new AtomicReference<>(Objects.requireNonNull(source.get(), "first knowledge base"));
    }

    /** Reloads the guide bundled in the application. */
    public static ReloadableKnowledgeBase bundled() {
        return new ReloadableKnowledgeBase(KnowledgeLoader::loadBundled);
    }

    /** Reloads from a guide folder on disk. */
    public static ReloadableKnowledgeBase fromDirectory(Path dir) {
        return fromDirectory(dir, ExtraExamples.NONE);
    }

    /** Reloads the bundled guide, reading {@code extras} afresh at every reload. */
    public static ReloadableKnowledgeBase bundled(ExtraExamples extras) {
        return new ReloadableKnowledgeBase(() -> KnowledgeLoader.loadBundled(extras));
    }

    /** Reloads from a guide folder on disk, reading {@code extras} afresh at every reload. */
    public static ReloadableKnowledgeBase fromDirectory(Path dir, ExtraExamples extras) {
        return new ReloadableKnowledgeBase(() -> KnowledgeLoader.load(dir, extras));
    }

    /** Builds the set again from its source and swaps it in; on failure the old set stays. */
    public synchronized ReloadOutcome reload() {
        KnowledgeBase fresh;
        try {
            fresh = Objects.requireNonNull(source.get(), "knowledge source returned nothing");
        } catch (KnowledgeFormatException e) {
            return ReloadOutcome.failure(e.getMessage(), e.file(), e.line());
        } catch (RuntimeException e) {
            return ReloadOutcome.failure(String.valueOf(e.getMessage()), null, 0);
        }
        current.set(fresh);
        return ReloadOutcome.success(fresh.passages(Language.DA).size());
    }

    /** The set in use now. */
    public KnowledgeBase current() {
        return current.get();
    }

    @Override
    public List<Passage> passages(Language language) {
        return current.get().passages(language);
    }

    @Override
    public Optional<Passage> passage(String id, Language language) {
        return current.get().passage(id, language);
    }

    @Override
    public MatchResult match(String message) {
        return current.get().match(message);
    }

    @Override
    public MatchExplanation explain(String message) {
        return current.get().explain(message);
    }

    @Override
    public MatchResult matchAmong(String message, Collection<String> passageIds) {
        return current.get().matchAmong(message, passageIds);
    }
}
