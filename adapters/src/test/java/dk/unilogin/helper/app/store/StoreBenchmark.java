package dk.unilogin.helper.app.store;

import dk.unilogin.helper.app.web.HttpTestClient;
import dk.unilogin.helper.app.web.HttpTestClient.Conversation;
import dk.unilogin.helper.app.web.HttpTestClient.Response;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Web chat turns with {@code bot.store=memory} beside {@code bot.store=redis}, in one run on one
 * machine: two instances of the application in this JVM (one with a local redis-server),
 * driven over HTTP through the same conversations. Measurement rounds alternate between the
 * two, so load from elsewhere on the machine falls on both alike. A Redis round trip is measured
 * in the same rounds, and the round trips of a web chat turn are counted with Redis's MONITOR.
 *
 * <pre>./mvnw -q -ntp -pl adapters -am -Pstore-benchmark -DskipTests verify</pre>
 */
public final class StoreBenchmark {
    private static final String[] CONVERSATION = {
        "min søn har glemt sin kode", "trin for trin", "næste", "næste", "tilbage",
        "jeg har glemt mit brugernavn", "jeg er mor", "I forgot my password", "start forfra"};
    private static final int ROUNDS = 6;
    private static final int TURNS_PER_ROUND = 1_500;
    private static final int THREADS = 4;
    /** Conversations one client takes turns in, one after the other, for the interleaved measure. */
    private static final int INTERLEAVED = 20;
    private static final long THROUGHPUT_MILLIS = 4_000;
    private static final java.util.regex.Pattern SCRIPT_STATS =
            java.util.regex.Pattern.compile("^cmdstat_(?:evalsha|eval):.*?usec=(\\d+)");

    public static void main(String[] args) throws Exception {
        RedisServer redis = new RedisServer();
        redis.startOnFreePort();
        AppInstance memory = AppInstance.start(redis, "bot.store=memory", "logging.level.root=WARN");
        AppInstance shared = AppInstance.start(redis, "logging.level.root=WARN");
        try {
            System.out.println("warming up both (JIT) ...");
            for (int i = 0; i < 3; i++) {
                latencies(memory.client(), TURNS_PER_ROUND);
                latencies(shared.client(), TURNS_PER_ROUND);
            }
            List<Long> memoryNanos = new ArrayList<>();
            List<Long> redisNanos = new ArrayList<>();
            List<Long> pingNanos = new ArrayList<>();
            List<Long> memoryInterleaved = new ArrayList<>();
            List<Long> redisInterleaved = new ArrayList<>();
            StringRedisTemplate template = shared.bean(StringRedisTemplate.class);
            redis.command("CONFIG", "RESETSTAT");
            for (int round = 0; round < ROUNDS; round++) {
                memoryNanos.addAll(latencies(memory.client(), TURNS_PER_ROUND));
                redisNanos.addAll(latencies(shared.client(), TURNS_PER_ROUND));
                pingNanos.addAll(pings(template, TURNS_PER_ROUND));
                memoryInterleaved.addAll(interleaved(memory.client(), TURNS_PER_ROUND));
                redisInterleaved.addAll(interleaved(shared.client(), TURNS_PER_ROUND));
            }
            double microsInRedis = microsInScripts(redis) / (double) (redisNanos.size() + redisInterleaved.size());
            double memoryRate = 0;
            double redisRate = 0;
            for (int round = 0; round < 2; round++) {
                memoryRate += throughput(memory.client()) / 2;
                redisRate += throughput(shared.client()) / 2;
            }
            RoundTrips roundTrips = roundTripsPerTurn(redis, shared.client());
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            System.out.printf("%nOne client, one turn after another (%d turns each, rounds alternating):%n",
                    memoryNanos.size());
            System.out.printf("%-8s %9s %9s %9s %9s%n", "store", "p50 ms", "p90 ms", "p99 ms", "turns/s");
            row("memory", memoryNanos);
            row("redis", redisNanos);
            System.out.printf("added at the median: %.3f ms%n",
                    (percentile(redisNanos, 50) - percentile(memoryNanos, 50)) / 1e6);
            System.out.printf("%nOne client, turns of %d conversations taken in turn (a conversation's next turn comes"
                    + " after %d others, as people's turns come seconds apart; %d turns each):%n", INTERLEAVED,
                    INTERLEAVED - 1, memoryInterleaved.size());
            System.out.printf("%-8s %9s %9s %9s %9s%n", "store", "p50 ms", "p90 ms", "p99 ms", "turns/s");
            row("memory", memoryInterleaved);
            row("redis", redisInterleaved);
            System.out.printf("added at the median: %.3f ms%n",
                    (percentile(redisInterleaved, 50) - percentile(memoryInterleaved, 50)) / 1e6);
            System.out.printf("one Redis round trip (PING through the application's client): p50 %.3f ms, p90 %.3f ms%n",
                    percentile(pingNanos, 50) / 1e6, percentile(pingNanos, 90) / 1e6);
            System.out.printf("time Redis spends running a turn's scripts: %.1f µs%n", microsInRedis);
            System.out.printf("Redis round trips per web chat turn: %.2f %s; run inside scripts: %s%n",
                    roundTrips.perTurn(), roundTrips.fromClients(), roundTrips.fromScripts());
            System.out.printf("%nThroughput, %d clients, %d s per store: memory %.0f turns/s, redis %.0f turns/s%n",
                    THREADS, THROUGHPUT_MILLIS / 1000 * 2, memoryRate, redisRate);
            System.out.printf("Load average at the end: %.1f on %d cores%n", load,
                    Runtime.getRuntime().availableProcessors());
        } finally {
            memory.close();
            shared.close();
            redis.stop();
        }
    }

    /** Microseconds Redis spent in scripts since its statistics were reset (INFO commandstats). */
    private static long microsInScripts(RedisServer redis) throws java.io.IOException {
        long micros = 0;
        for (String line : redis.command("INFO", "commandstats").split("\\R")) {
            java.util.regex.Matcher m = SCRIPT_STATS.matcher(line);
            if (m.find()) {
                micros += Long.parseLong(m.group(1));
            }
        }
        return micros;
    }

    /** What one web chat turn sends to Redis, counted by MONITOR over whole conversations (opening excluded). */
    private static RoundTrips roundTripsPerTurn(RedisServer redis, HttpTestClient client) throws Exception {
        int conversations = 20;
        List<Conversation> opened = new ArrayList<>();
        for (int i = 0; i < conversations; i++) {
            opened.add(client.open());
        }
        RedisMonitor monitor = new RedisMonitor(redis.port());
        try {
            for (Conversation conversation : opened) {
                for (String text : CONVERSATION) {
                    Response response = client.say(conversation, HttpTestClient.json("text", text));
                    if (response.status() != 200) {
                        throw new IllegalStateException("turn failed: " + response);
                    }
                }
            }
        } finally {
            monitor.close();
        }
        int turns = conversations * CONVERSATION.length;
        return new RoundTrips(monitor.roundTrips() / (double) turns, monitor.fromClients(), monitor.fromScripts());
    }

    private record RoundTrips(double perTurn, java.util.Map<String, Integer> fromClients,
            java.util.Map<String, Integer> fromScripts) {
    }

    /** Turns one after the other through one conversation after another; each turn's latency in ns. */
    private static List<Long> latencies(HttpTestClient client, int turns) {
        List<Long> nanos = new ArrayList<>(turns);
        Conversation conversation = client.open();
        for (int i = 0; i < turns; i++) {
            String text = CONVERSATION[i % CONVERSATION.length];
            long start = System.nanoTime();
            Response response = client.say(conversation, HttpTestClient.json("text", text));
            nanos.add(System.nanoTime() - start);
            if (response.status() != 200) {
                throw new IllegalStateException("turn failed: " + response);
            }
            if (i % CONVERSATION.length == CONVERSATION.length - 1) {
                conversation = client.open();
            }
        }
        return nanos;
    }

    /** Turns taken in {@link #INTERLEAVED} conversations in turn, each going through the script; each turn's latency in ns. */
    private static List<Long> interleaved(HttpTestClient client, int turns) {
        List<Long> nanos = new ArrayList<>(turns);
        List<Conversation> conversations = new ArrayList<>();
        for (int i = 0; i < turns; i++) {
            int step = (i / INTERLEAVED) % CONVERSATION.length;
            if (i % INTERLEAVED == 0 && step == 0) {
                conversations.clear();
                for (int c = 0; c < INTERLEAVED; c++) {
                    conversations.add(client.open());
                }
            }
            long start = System.nanoTime();
            Response response = client.say(conversations.get(i % INTERLEAVED), HttpTestClient.json("text", CONVERSATION[step]));
            nanos.add(System.nanoTime() - start);
            if (response.status() != 200) {
                throw new IllegalStateException("turn failed: " + response);
            }
        }
        return nanos;
    }

    private static List<Long> pings(StringRedisTemplate template, int count) {
        List<Long> nanos = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            template.execute((RedisCallback<String>) connection -> connection.ping());
            nanos.add(System.nanoTime() - start);
        }
        return nanos;
    }

    private static double throughput(HttpTestClient client) throws Exception {
        AtomicLong done = new AtomicLong();
        long until = System.nanoTime() + THROUGHPUT_MILLIS * 1_000_000;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                clients.add(pool.submit(() -> {
                    HttpTestClient own = client;
                    while (System.nanoTime() < until) {
                        done.addAndGet(latencies(own, CONVERSATION.length).size());
                    }
                    return null;
                }));
            }
            for (Future<?> c : clients) {
                c.get();
            }
        } finally {
            pool.shutdown();
        }
        return done.get() * 1000.0 / THROUGHPUT_MILLIS;
    }

    private static void row(String store, List<Long> nanos) {
        double total = nanos.stream().mapToLong(Long::longValue).sum() / 1e9;
        System.out.printf("%-8s %9.3f %9.3f %9.3f %9.0f%n", store, percentile(nanos, 50) / 1e6,
                percentile(nanos, 90) / 1e6, percentile(nanos, 99) / 1e6, nanos.size() / total);
    }

    private static double percentile(List<Long> nanos, double p) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p / 100 * sorted.length))];
    }
}
