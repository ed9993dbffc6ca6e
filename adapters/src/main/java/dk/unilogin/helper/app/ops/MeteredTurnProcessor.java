package dk.unilogin.helper.app.ops;

import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.TurnProcessor;
import dk.unilogin.helper.bot.TurnResult;
import dk.unilogin.helper.bot.activity.Activity;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures every turn around the real processor: {@code bot.turns} by outcome and channel,
 * {@code bot.fallbacks}, {@code bot.turn.latency} (a histogram, for percentiles in
 * Prometheus) and {@code bot.answered.share}: answered questions over all questions
 * (answers, clarifications, fallbacks) since start. Tags are bounded: no ids, no text.
 */
public final class MeteredTurnProcessor implements TurnProcessor {

    private static final Set<String> CHANNELS = Set.of("web", "webchat", "telegram", "terminal", "eval");
    private static final Set<TurnOutcome> QUESTIONS = Set.of(TurnOutcome.ANSWER, TurnOutcome.CLARIFY, TurnOutcome.FALLBACK);

    private final TurnProcessor delegate;
    private final MeterRegistry registry;
    private final AtomicLong questions = new AtomicLong();
    private final AtomicLong answered = new AtomicLong();
    // Meters are looked up once per channel and outcome, not built and hashed on every turn.
    private final Map<String, Timer> latencies = new ConcurrentHashMap<>();
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public MeteredTurnProcessor(TurnProcessor delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.registry = registry;
        Gauge.builder("bot.answered.share", this, MeteredTurnProcessor::answeredShare)
                .description("Share of questions answered from the guide (not a fallback) since start")
                .register(registry);
    }

    @Override
    public TurnResult process(Activity incoming) {
        String channel = channel(incoming.channelId());
        Timer.Sample sample = Timer.start(registry);
        TurnResult result;
        try {
            result = delegate.process(incoming);
        } catch (RuntimeException e) {
            counters.computeIfAbsent("errors " + channel,
                    key -> registry.counter("bot.turn.errors", "channel", channel)).increment();
            throw e;
        } finally {
            sample.stop(latencies.computeIfAbsent(channel, key -> Timer.builder("bot.turn.latency")
                    .description("Time to process one turn").tag("channel", channel)
                    .publishPercentileHistogram().register(registry)));
        }
        TurnOutcome outcome = result.trace().outcome();
        counters.computeIfAbsent(outcome.name() + " " + channel, key -> Counter.builder("bot.turns")
                .description("Turns processed").tag("channel", channel)
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).register(registry)).increment();
        if (QUESTIONS.contains(outcome)) {
            questions.incrementAndGet();
            if (outcome == TurnOutcome.FALLBACK) {
                counters.computeIfAbsent("fallbacks " + channel,
                        key -> registry.counter("bot.fallbacks", "channel", channel)).increment();
            } else {
                answered.incrementAndGet();
            }
        }
        return result;
    }

    double answeredShare() {
        long asked = questions.get();
        return asked == 0 ? Double.NaN : (double) answered.get() / asked;
    }

    private static String channel(String channelId) {
        String c = channelId == null ? "" : channelId.toLowerCase(Locale.ROOT);
        return CHANNELS.contains(c) ? c : "other";
    }
}
