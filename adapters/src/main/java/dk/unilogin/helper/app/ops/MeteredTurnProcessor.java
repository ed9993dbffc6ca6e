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

    private static final Set<String> CHANNELS = Set.of("web", "webchat", "directline", "telegram", "terminal", "eval");
    private static final Set<TurnOutcome> QUESTIONS = Set.of(TurnOutcome.ANSWER, TurnOutcome.CLARIFY, TurnOutcome.FALLBACK);

    private final TurnProcessor delegate;
    private final MeterRegistry registry;
    private final AtomicLong questions = new AtomicLong();
    private final AtomicLong answered = new AtomicLong();
    // Meters are registered once per channel and outcome, not built and hashed on every turn.
    private final Map<String, ChannelMeters> byChannel = new ConcurrentHashMap<>();

    public MeteredTurnProcessor(TurnProcessor delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.registry = registry;
        Gauge.builder("bot.answered.share", this, MeteredTurnProcessor::answeredShare)
                .description("Share of questions answered from the guide (not a fallback) since start")
                .register(registry);
    }

    @Override
    public TurnResult process(Activity incoming) {
        ChannelMeters meters = byChannel.computeIfAbsent(channel(incoming.channelId()), ChannelMeters::new);
        Timer.Sample sample = Timer.start(registry);
        TurnResult result;
        try {
            result = delegate.process(incoming);
        } catch (RuntimeException e) {
            meters.counter("bot.turn.errors").increment();
            throw e;
        } finally {
            sample.stop(meters.latency);
        }
        TurnOutcome outcome = result.trace().outcome();
        meters.turns(outcome).increment();
        if (QUESTIONS.contains(outcome)) {
            questions.incrementAndGet();
            if (outcome == TurnOutcome.FALLBACK) {
                meters.counter("bot.fallbacks").increment();
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

    /** One channel's meters; counters are registered when first counted. */
    private final class ChannelMeters {
        private final String channel;
        private final Timer latency;
        private final Map<TurnOutcome, Counter> turns = new ConcurrentHashMap<>();
        private final Map<String, Counter> counters = new ConcurrentHashMap<>();

        ChannelMeters(String channel) {
            this.channel = channel;
            this.latency = Timer.builder("bot.turn.latency").description("Time to process one turn")
                    .tag("channel", channel).publishPercentileHistogram().register(registry);
        }

        Counter turns(TurnOutcome outcome) {
            return turns.computeIfAbsent(outcome, o -> Counter.builder("bot.turns").description("Turns processed")
                    .tag("channel", channel).tag("outcome", o.name().toLowerCase(Locale.ROOT)).register(registry));
        }

        Counter counter(String name) {
            return counters.computeIfAbsent(name, n -> registry.counter(n, "channel", channel));
        }
    }
}
