package dk.unilogin.helper.knowledge;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A knowledge base that can be replaced while in use. {@link #reload()} builds and validates
 * the new set aside, then swaps it in atomically; a set that fails to load never replaces the
 * one in use. Each call reads the set current at that moment, so a turn in flight keeps
 * answering from the set it started with for that call.
 *
 * <p>The first set can also be built on a thread of its own ({@link #loadingInBackground}),
 * so that a server goes on starting meanwhile; until it is built every call waits for it.
 */
public final class ReloadableKnowledgeBase implements KnowledgeBase {
    private final Supplier<KnowledgeBase> source;
    private final AtomicReference<KnowledgeBase> current;
    private final CompletableFuture<KnowledgeBase> first;

    /** Loads the first set at once; a bad first set throws {@link KnowledgeFormatException}. */
    public ReloadableKnowledgeBase(Supplier<KnowledgeBase> source) {
        this.source = Objects.requireNonNull(source, "source");
        KnowledgeBase loaded = Objects.requireNonNull(source.get(), "first knowledge base");
        this.current = new AtomicReference<>(loaded);
        this.first = CompletableFuture.completedFuture(loaded);
    }

    private ReloadableKnowledgeBase(Supplier<KnowledgeBase> source, String threadName) {
        this.source = Objects.requireNonNull(source, "source");
        this.current = new AtomicReference<>();
        this.first = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                KnowledgeBase loaded = Objects.requireNonNull(source.get(), "first knowledge base");
                current.compareAndSet(null, loaded);
                first.complete(loaded);
            } catch (Throwable e) {
                first.completeExceptionally(e);
            }
        }, threadName);
        loader.setDaemon(true);
        loader.start();
    }

    /**
     * Starts building the first set from {@code source} on a new thread and returns at once;
     * calls wait until it is built ({@link #awaitFirstLoad()} reports a bad first set).
     */
    public static ReloadableKnowledgeBase loadingInBackground(Supplier<KnowledgeBase> source) {
        return new ReloadableKnowledgeBase(source, "knowledge-load");
    }

    /** Whether the first set is built (always, unless it is being built in the background or failed). */
    public boolean isLoaded() {
        return current.get() != null;
    }

    /**
     * Waits until the first set is built; a bad first set throws what its load threw
     * ({@link KnowledgeFormatException} for a guide with an error).
     */
    public void awaitFirstLoad() {
        try {
            first.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
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

    /** The set in use now (waiting for the first one if it is still being built). */
    public KnowledgeBase current() {
        KnowledgeBase base = current.get();
        if (base == null) {
            awaitFirstLoad();
            base = current.get();
        }
        return base;
    }

    @Override
    public List<Passage> passages(Language language) {
        return current().passages(language);
    }

    @Override
    public Optional<Passage> passage(String id, Language language) {
        return current().passage(id, language);
    }

    @Override
    public MatchResult match(String message) {
        return current().match(message);
    }

    @Override
    public MatchExplanation explain(String message) {
        return current().explain(message);
    }

    @Override
    public MatchResult matchAmong(String message, Collection<String> passageIds) {
        return current().matchAmong(message, passageIds);
    }
}
