package dk.unilogin.helper.app.web.benchmark;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Load benchmark of the web chat API: many concurrent conversations posting questions at a
 * planned rate against a server on loopback. A warm-up ramps the rate up, as a load balancer
 * brings a new instance in, so the JIT compiles the hot code before the measured run holds
 * the full rate. Run it with the {@code load-benchmark} profile (README, "Web chat").
 *
 * <p>Options: {@code --start-server JAR} or {@code --url URL}; {@code --conversations} (250),
 * {@code --rate} requests/s (500), {@code --warmup} s (60), {@code --duration} s (30),
 * {@code --ramp} yes|no (yes; no warms up at the full rate from the first second, to see
 * how a cold server copes), {@code --window} s (10, for the per-window lines),
 * {@code --server-options} (Spring Boot arguments for the started server, space-separated).
 */
public final class WebChatLoadBenchmark {

    private WebChatLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int conversations = Integer.parseInt(options.getOrDefault("conversations", "250"));
        int rate = Integer.parseInt(options.getOrDefault("rate", "500"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "60"));
        int duration = Integer.parseInt(options.getOrDefault("duration", "30"));
        boolean ramp = !"no".equals(options.getOrDefault("ramp", "yes"));
        double window = Double.parseDouble(options.getOrDefault("window", "10"));

        try (BenchmarkServer server = options.containsKey("start-server")
                ? BenchmarkServer.start(Path.of(options.get("start-server")), serverOptions(options))
                : BenchmarkServer.running(URI.create(options.getOrDefault("url", "http://127.0.0.1:8080")))) {
            server.awaitReady(Duration.ofSeconds(120));
            System.out.printf("Opening %d conversations on %s ...%n", conversations, server.address());
            List<OpenConversation> open = new ArrayList<>();
            try (ChatConnection connection = new ChatConnection(server.address())) {
                for (int i = 0; i < conversations; i++) {
                    open.add(OpenConversation.open(connection));
                }
            }
            LoadRun load = new LoadRun(server.address(), open);

            LoadSchedule warming = ramp ? LoadSchedule.ramp(rate / 10.0, rate, warmup) : LoadSchedule.steady(rate, warmup);
            System.out.println("Warm-up: " + warming.describe());
            load.run(warming, window).printWindows(System.out);

            LoadSchedule measured = LoadSchedule.steady(rate, duration);
            System.out.printf("Measuring: %s over %d concurrent conversations%n", measured.describe(), conversations);
            Optional<Duration> cpuBefore = server.cpuTime();
            LatencyReport report = load.run(measured, window);
            Optional<Duration> cpuAfter = server.cpuTime();
            report.printWindows(System.out);
            report.printSummary(System.out);
            if (cpuBefore.isPresent() && cpuAfter.isPresent()) {
                double cpuMillis = cpuAfter.get().minus(cpuBefore.get()).toNanos() / 1e6;
                System.out.printf("server CPU: %.2f ms per request, %.2f cores busy on average%n",
                        cpuMillis / Math.max(1, report.throughput() * duration), cpuMillis / 1000 / duration);
            }
            System.out.printf("| %d | %d | %.0f | %.2f | %.2f | %.2f | %d |%n", conversations, rate, report.throughput(),
                    report.percentileMillis(0.5), report.percentileMillis(0.9), report.percentileMillis(0.99),
                    report.errors());
        }
    }

    private static List<String> serverOptions(Map<String, String> options) {
        String given = options.getOrDefault("server-options", "").strip();
        return given.isEmpty() ? List.of() : List.of(given.split("\\s+"));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("option " + args[args.length - 1] + " has no value");
        }
        return options;
    }
}
