package dk.unilogin.helper.app.web.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load benchmark of the web chat API: many concurrent conversations posting questions at a
 * fixed total rate, against a server on loopback. Open loop: each request has a planned
 * start time and its latency is counted from then, so a stalled server cannot hide its
 * queueing (no coordinated omission). JDK only, so it runs straight from source:
 *
 * <pre>
 * java adapters/src/test/java/dk/unilogin/helper/app/web/benchmark/WebChatLoadBenchmark.java \
 *      --start-server adapters/target/unilogin-bot.jar
 * </pre>
 *
 * Options: --url (a running server, instead of --start-server), --conversations (250),
 * --rate requests/s (500), --warmup s (60: the JIT needs it on two cores), --duration s (30).
 */
public final class WebChatLoadBenchmark {
    private static final Pattern ID = Pattern.compile("\"conversationId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final String[] QUESTIONS = {
        "mit barn har glemt sin kode",
        "hvordan finder jeg mit barns brugernavn til unilogin",
        "jeg kan ikke logge på aula",
        "hvad er unilogin",
        "min søn kan ikke huske sin adgangskode",
        "hvordan får jeg mit unilogin som forælder",
        "my child forgot the password",
        "tak for hjælpen",
        "jeg har glemt mit brugernavn",
        "hvor logger man på med nemid",
    };

    private WebChatLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int conversations = Integer.parseInt(options.getOrDefault("conversations", "250"));
        int rate = Integer.parseInt(options.getOrDefault("rate", "500"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "60"));
        int duration = Integer.parseInt(options.getOrDefault("duration", "30"));

        Process server = null;
        String url = options.getOrDefault("url", "http://127.0.0.1:8080");
        if (options.containsKey("start-server")) {
            int port = freePort();
            url = "http://127.0.0.1:" + port;
            server = startServer(Path.of(options.get("start-server")), port);
        }
        try {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            waitUntilUp(http, url);
            System.out.printf("Opening %d conversations on %s ...%n", conversations, url);
            List<String[]> open = new ArrayList<>();
            for (int i = 0; i < conversations; i++) {
                open.add(openConversation(http, url));
            }
            System.out.printf("Warm-up: %d s at %d requests/s%n", warmup, rate);
            run(http, url, open, rate, warmup);
            System.out.printf("Measuring: %d s at %d requests/s over %d concurrent conversations%n",
                    duration, rate, conversations);
            Result result = run(http, url, open, rate, duration);
            result.print(conversations, rate);
        } finally {
            if (server != null) {
                server.destroy();
                server.waitFor();
            }
        }
    }

    /** Every conversation gets its own thread; together they keep to {@code rate} planned starts a second. */
    private static Result run(HttpClient http, String url, List<String[]> conversations, int rate, int seconds)
            throws InterruptedException {
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime() + 50_000_000L;
        long end = start + seconds * 1_000_000_000L;
        AtomicLong slots = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<long[]> perThread = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(conversations.size());
        for (int i = 0; i < conversations.size(); i++) {
            String[] conversation = conversations.get(i);
            long[] latencies = new long[(int) ((long) rate * seconds / conversations.size() * 4 + 64)];
            perThread.add(latencies);
            int offset = i;
            Thread worker = new Thread(() -> {
                int n = 0;
                int question = offset;
                try {
                    while (true) {
                        long planned = start + slots.getAndIncrement() * interval;
                        if (planned >= end) {
                            break;
                        }
                        for (long wait = planned - System.nanoTime(); wait > 0; wait = planned - System.nanoTime()) {
                            LockSupport.parkNanos(wait); // may wake early: park again
                        }
                        String text = QUESTIONS[question++ % QUESTIONS.length];
                        if (!post(http, url, conversation, text)) {
                            errors.incrementAndGet();
                        }
                        if (n < latencies.length - 1) {
                            latencies[++n] = System.nanoTime() - planned;
                        }
                    }
                } finally {
                    latencies[0] = n; // slot 0 holds the count
                    done.countDown();
                }
            }, "conversation-" + i);
            worker.setDaemon(true);
            worker.start();
        }
        done.await();
        long elapsed = Math.max(System.nanoTime() - start, 1);
        return Result.of(perThread, errors.get(), elapsed);
    }

    private static boolean post(HttpClient http, String url, String[] conversation, String text) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/conversations/" + conversation[0]
                        + "/activities"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + conversation[1])
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\"}"))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"activities\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String[] openConversation(HttpClient http, String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/conversations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"locale\":\"da\"}"))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher id = ID.matcher(response.body());
        Matcher token = TOKEN.matcher(response.body());
        if (response.statusCode() != 201 || !id.find() || !token.find()) {
            throw new IllegalStateException("Could not open a conversation (is the rate limit raised?): "
                    + response.statusCode() + " " + response.body());
        }
        return new String[] {id.group(1), token.group(1)};
    }

    private static Process startServer(Path jar, int port) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(jar + " not found: build it with ./mvnw -q -DskipTests package");
        }
        Path log = Files.createTempFile("web-chat-benchmark-server", ".log");
        System.out.printf("Starting %s on 127.0.0.1:%d (log: %s)%n", jar, port, log);
        return new ProcessBuilder("java", "-jar", jar.toString(),
                "--server.address=127.0.0.1", "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:mem:benchmark", "--bot.web.rate-limit.burst=1000000",
                "--bot.web.rate-limit.requests-per-second=1000000")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void waitUntilUp(HttpClient http, String url) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url + "/widget.js")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("server at " + url + " did not come up");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private record Result(long[] latencies, long errors, long elapsedNanos) {
        static Result of(List<long[]> perThread, long errors, long elapsedNanos) {
            long[] all = perThread.stream().flatMapToLong(a -> Arrays.stream(a, 1, (int) a[0] + 1)).toArray();
            Arrays.sort(all);
            return new Result(all, errors, elapsedNanos);
        }

        void print(int conversations, int rate) {
            double seconds = elapsedNanos / 1e9;
            System.out.printf("requests %d, errors %d, %.1f s, throughput %.0f requests/s%n",
                    latencies.length, errors, seconds, latencies.length / seconds);
            System.out.printf("latency ms: p50 %.2f, p90 %.2f, p99 %.2f, max %.2f%n",
                    percentile(0.50), percentile(0.90), percentile(0.99), percentile(1.0));
            System.out.printf("| %d | %d | %.0f | %.2f | %.2f | %d |%n",
                    conversations, rate, latencies.length / seconds, percentile(0.50), percentile(0.99), errors);
        }

        double percentile(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1);
            return latencies[Math.max(index, 0)] / 1e6;
        }
    }
}
