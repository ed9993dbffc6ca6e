package dk.unilogin.helper.app.directline;

import dk.unilogin.helper.app.UniloginBotApplication;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a turn costs over Direct Line compared with the web chat's own API, on one server in
 * this JVM: the same questions (the dev set) one after another, in alternating rounds. Per
 * turn it reports the latency seen by the client and the CPU time of the server's request
 * threads (client work excluded). Direct Line is measured as Web Chat uses it: post, then
 * one poll that fetches the echo and the replies; or post, then the WebSocket frame that
 * carries the reply. An empty poll (what an idle polling client costs every second) too.
 * Run: {@code ./mvnw -B -q -ntp -pl adapters -am -Pdirectline-benchmark -DskipTests verify}
 */
public final class DirectLineTurnBenchmark {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int TURNS_PER_CONVERSATION = 10;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final List<String> questions;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    private DirectLineTurnBenchmark(int port, List<String> questions) {
        this.base = "http://127.0.0.1:" + port;
        this.questions = questions;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int turns = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        List<String> questions = questions(Path.of(args.length > 2 ? args[2] : "../knowledge/src/test/resources/eval/dev.jsonl"));
        // As command-line arguments, so they win over application.yml.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(UniloginBotApplication.class).run(
                "--server.port=0", "--server.address=127.0.0.1", "--bot.web.rate-limit.burst=100000000",
                "--bot.web.rate-limit.requests-per-second=100000000", "--bot.telegram.token=",
                "--spring.datasource.url=jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1", "--logging.level.root=WARN");
        try {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            new DirectLineTurnBenchmark(port, questions).run(rounds, turns);
        } finally {
            context.close();
        }
    }

    private void run(int rounds, int turns) throws Exception {
        System.out.printf("load average before: %.1f; %d questions; %d rounds of %d turns per way (first round warm-up)%n",
                loadAverage(), questions.size(), rounds + 1, turns);
        List<Result> api = new ArrayList<>();
        List<Result> polling = new ArrayList<>();
        List<Result> stream = new ArrayList<>();
        List<Result> idlePoll = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
            Result a = measure("own API", turns, this::apiConversation);
            Result p = measure("Direct Line, post + poll", turns, this::pollingConversation);
            Result s = measure("Direct Line, post + WebSocket", turns, this::streamConversation);
            Result i = measure("Direct Line, empty poll", turns, this::idlePolls);
            if (round > 0) {
                api.add(a);
                polling.add(p);
                stream.add(s);
                idlePoll.add(i);
            }
        }
        Result apiMedian = report(api);
        for (List<Result> other : List.of(polling, stream, idlePoll)) {
            Result r = report(other);
            System.out.printf("    vs own API: latency x%.2f, server CPU x%.2f%n", r.p50Ms / apiMedian.p50Ms,
                    r.cpuMs / apiMedian.cpuMs);
        }
        System.out.printf("load average after: %.1f%n", loadAverage());
    }

    /** One way of talking to the bot: runs {@code count} turns and returns each turn's latency in ns. */
    private interface Way {
        long[] turns(int count) throws Exception;
    }

    private Result measure(String name, int turns, Way way) throws Exception {
        long cpuBefore = serverCpuNanos();
        long[] latencies = way.turns(turns);
        long cpu = serverCpuNanos() - cpuBefore;
        Arrays.sort(latencies);
        return new Result(name, latencies[latencies.length / 2] / 1e6, latencies[latencies.length * 9 / 10] / 1e6,
                cpu / 1e6 / turns);
    }

    private long[] apiConversation(int count) throws Exception {
        long[] latencies = new long[count];
        String id = null;
        String token = null;
        for (int i = 0; i < count; i++) {
            if (i % TURNS_PER_CONVERSATION == 0) {
                JsonNode opened = send(post("/api/conversations", "{\"locale\":\"da\"}", null));
                id = opened.get("conversationId").asString();
                token = opened.get("token").asString();
            }
            String body = JSON.writeValueAsString(java.util.Map.of("text", question(i)));
            long start = System.nanoTime();
            JsonNode replies = send(post("/api/conversations/" + id + "/activities", body, token));
            latencies[i] = System.nanoTime() - start;
            check(!replies.get("activities").isEmpty(), "no reply from the API");
        }
        return latencies;
    }

    private long[] pollingConversation(int count) throws Exception {
        long[] latencies = new long[count];
        String[] conversation = null;
        String watermark = "";
        for (int i = 0; i < count; i++) {
            if (i % TURNS_PER_CONVERSATION == 0) {
                conversation = startDirectLine();
                watermark = send(get("/v3/directline/conversations/" + conversation[0] + "/activities?watermark=",
                        conversation[1])).get("watermark").asString();
            }
            long start = System.nanoTime();
            String echoId = send(post("/v3/directline/conversations/" + conversation[0] + "/activities",
                    DirectLineTestClient.typed(question(i), "b" + i), conversation[1])).get("id").asString();
            JsonNode set = send(get("/v3/directline/conversations/" + conversation[0] + "/activities?watermark="
                    + watermark, conversation[1]));
            latencies[i] = System.nanoTime() - start;
            watermark = set.get("watermark").asString();
            check(hasReplyTo(set, echoId), "no reply in the poll");
        }
        return latencies;
    }

    private long[] streamConversation(int count) throws Exception {
        long[] latencies = new long[count];
        String[] conversation = null;
        Frames frames = null;
        WebSocket socket = null;
        for (int i = 0; i < count; i++) {
            if (i % TURNS_PER_CONVERSATION == 0) {
                if (socket != null) {
                    socket.abort();
                }
                conversation = startDirectLine();
                frames = new Frames();
                socket = http.newWebSocketBuilder().buildAsync(URI.create(conversation[2]), frames).join();
                frames.next();
            }
            long start = System.nanoTime();
            String echoId = send(post("/v3/directline/conversations/" + conversation[0] + "/activities",
                    DirectLineTestClient.typed(question(i), "s" + i), conversation[1])).get("id").asString();
            while (!hasReplyTo(frames.next(), echoId)) {
                // the echo's frame, or a frame of an earlier turn
            }
            latencies[i] = System.nanoTime() - start;
        }
        if (socket != null) {
            socket.abort();
        }
        return latencies;
    }

    private long[] idlePolls(int count) throws Exception {
        long[] latencies = new long[count];
        String[] conversation = startDirectLine();
        String watermark = send(get("/v3/directline/conversations/" + conversation[0] + "/activities?watermark=",
                conversation[1])).get("watermark").asString();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            send(get("/v3/directline/conversations/" + conversation[0] + "/activities?watermark=" + watermark,
                    conversation[1]));
            latencies[i] = System.nanoTime() - start;
        }
        return latencies;
    }

    /** id, token, streamUrl of a started Direct Line conversation. */
    private String[] startDirectLine() throws Exception {
        String token = send(post("/v3/directline/tokens/generate", "", null)).get("token").asString();
        JsonNode started = send(post("/v3/directline/conversations", "{\"user\":{\"id\":\"r_bench\"}}", token));
        return new String[] {started.get("conversationId").asString(), token, started.get("streamUrl").asString()};
    }

    private static boolean hasReplyTo(JsonNode set, String echoId) {
        for (JsonNode activity : set.get("activities")) {
            if (echoId.equals(activity.path("replyToId").asString(""))) {
                return true;
            }
        }
        return false;
    }

    private String question(int i) {
        return questions.get(i % questions.size());
    }

    private HttpRequest post(String path, String body, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        return (token == null ? builder : builder.header("Authorization", "Bearer " + token)).build();
    }

    private HttpRequest get(String path, String token) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET().build();
    }

    private JsonNode send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        check(response.statusCode() / 100 == 2, request.uri().getPath() + " answered " + response.statusCode());
        return JSON.readTree(response.body());
    }

    /** CPU time of the server's request threads (Tomcat's), so the client's own work is left out. */
    private long serverCpuNanos() {
        long total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("http-nio-")) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    private static Result report(List<Result> rounds) {
        List<Result> sorted = new ArrayList<>(rounds);
        sorted.sort((a, b) -> Double.compare(a.cpuMs, b.cpuMs));
        Result median = sorted.get(sorted.size() / 2);
        System.out.printf("%-32s p50 %.2f ms  p90 %.2f ms  server CPU %.3f ms/turn  (median of %d rounds)%n",
                median.name, median.p50Ms, median.p90Ms, median.cpuMs, rounds.size());
        return median;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static List<String> questions(Path file) throws IOException {
        List<String> questions = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                questions.add(JSON.readTree(line).get("q").asString());
            }
        }
        return questions;
    }

    private static void check(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalStateException(problem);
        }
    }

    private record Result(String name, double p50Ms, double p90Ms, double cpuMs) {
    }

    /** The stream's non-empty frames, parsed, in order. */
    private static final class Frames implements WebSocket.Listener {
        private final BlockingQueue<JsonNode> queue = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                if (!partial.isEmpty()) {
                    queue.add(JSON.readTree(partial.toString()));
                }
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        JsonNode next() throws InterruptedException {
            JsonNode frame = queue.poll(10, TimeUnit.SECONDS);
            check(frame != null, "no frame within 10 s");
            return frame;
        }
    }
}
