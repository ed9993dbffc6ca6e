package dk.unilogin.helper.app.web.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Load benchmark of the web chat API, measured beside a bare Spring Boot application of the
 * same version in the same run (README, "Web chat"). For each server: ready time (process
 * start to the first 200 on {@code /}), resident memory 8 s after that, and requests per
 * second at saturation (closed loop); for the bot also an open-loop run at a planned rate
 * after a ramped warm-up, as a load balancer brings a new instance in, and the check that
 * insights recorded every turn sent.
 *
 * <p>Options: {@code --start-server JAR} or {@code --url URL}; {@code --conversations} (250),
 * {@code --rate} requests/s (1000), {@code --warmup} s (40), {@code --duration} s (30),
 * {@code --ramp} yes|no (yes; no warms up at the full rate from the first second, to see
 * how a cold server copes), {@code --window} s (10, for the per-window lines),
 * {@code --saturation-connections} (64), {@code --saturation-warmup} s (10; the bare application
 * warms up for warm-up, duration and this together, as long as the bot has run by then),
 * {@code --saturation-duration} s (15), {@code --saturation-rounds} (3: saturation runs of the bare
 * application and the bot taken in turn, both servers up, for the median of each), {@code --bare} yes|no (yes: measure the bare
 * application too), {@code --server-options} (Spring Boot arguments for the started server,
 * space-separated), {@code --jvm-options} (for both started JVMs, space-separated),
 * {@code --bot-jvm-options} (for the bot's JVM only, such as a class data sharing archive),
 * {@code --start-rounds} (3: starts of the bare application and the bot, taken in turn, for the
 * median ready time and idle memory, so that load from elsewhere falls on both alike),
 * {@code --jfr FILE} (record the bot's measured open-loop run with Flight Recorder's
 * {@code profile} settings into FILE; see README, "Performance").
 */
public final class WebChatLoadBenchmark {

    private static final String BARE_APPLICATION = "dk.unilogin.helper.benchmark.bare.BareJsonApplication";
    private static final Duration SETTLE = Duration.ofSeconds(8);

    private WebChatLoadBenchmark() {
    }

    /** What one server measured: start, memory at rest and saturation throughput. */
    private record Figures(Duration ready, OptionalLong idleRssKb, double saturation) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int conversations = Integer.parseInt(options.getOrDefault("conversations", "250"));
        int rate = Integer.parseInt(options.getOrDefault("rate", "1000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "40"));
        int duration = Integer.parseInt(options.getOrDefault("duration", "30"));
        boolean ramp = !"no".equals(options.getOrDefault("ramp", "yes"));
        double window = Double.parseDouble(options.getOrDefault("window", "10"));
        int saturationConnections = Integer.parseInt(options.getOrDefault("saturation-connections", "64"));
        double saturationWarmup = Double.parseDouble(options.getOrDefault("saturation-warmup", "10"));
        double saturationDuration = Double.parseDouble(options.getOrDefault("saturation-duration", "15"));
        boolean starting = options.containsKey("start-server");
        List<String> jvmOptions = split(options.get("jvm-options"));
        List<String> botJvmOptions = new ArrayList<>(jvmOptions);
        botJvmOptions.addAll(split(options.get("bot-jvm-options")));
        System.out.printf("load average at start: %s%n", loadAverage());
        boolean comparing = starting && !"no".equals(options.getOrDefault("bare", "yes"));
        int startRounds = Integer.parseInt(options.getOrDefault("start-rounds", "3"));
        int saturationRounds = Integer.parseInt(options.getOrDefault("saturation-rounds", "3"));
        StartFigures starts = comparing && startRounds > 0
                ? measureStarts(startRounds, Path.of(options.get("start-server")), jvmOptions, botJvmOptions,
                        split(options.get("server-options")))
                : null;

        // The bare application stays up, idle, while the bot runs: the saturation rounds at the end
        // take the two in turn, so that load from elsewhere falls on both alike.
        try (BenchmarkServer bareServer = comparing
                ? BenchmarkServer.startClass(BARE_APPLICATION, bareClassPath(), jvmOptions) : null) {
            Figures bare = null;
            if (bareServer != null) {
                Duration ready = bareServer.awaitFirstOk("/", Duration.ofSeconds(120));
                OptionalLong rss = idleRss(bareServer);
                System.out.printf("bare application: ready in %.2f s, idle RSS %s%n", ready.toMillis() / 1000.0,
                        megabytes(rss));
                // As long a warm-up as the bot gets before its saturation runs, so the JIT has
                // compiled both alike: on a busy machine a short one leaves the bare app interpreted.
                ClosedLoopRun.Result warming = bareSaturation(bareServer, saturationConnections,
                        warmup + duration + saturationWarmup, saturationDuration);
                System.out.printf("bare application warmed up at saturation (%d connections): %.0f JSON POSTs/s, %d errors%n",
                        saturationConnections, warming.throughput(), warming.measuredErrors());
                bare = new Figures(ready, rss, warming.throughput());
            }

            try (BenchmarkServer server = starting
                    ? BenchmarkServer.start(Path.of(options.get("start-server")), botJvmOptions, split(options.get("server-options")))
                    : BenchmarkServer.running(URI.create(options.getOrDefault("url", "http://127.0.0.1:8080")))) {
                Duration ready = server.awaitFirstOk("/", Duration.ofSeconds(120));
                server.awaitReady(Duration.ofSeconds(120));
                OptionalLong rss = idleRss(server);
                System.out.printf("bot: ready in %.2f s, idle RSS %s (load average %s)%n", ready.toMillis() / 1000.0,
                        megabytes(rss), loadAverage());
                server.pid().ifPresent(pid -> System.out.println("bot process id (for jcmd): " + pid));

                // Every turn is recorded, the greeting of a new conversation too: count from before them.
                PrometheusCounters counters = new PrometheusCounters(server);
                long recordedBefore = counters.turnsWrittenOnce(0);
                System.out.printf("Opening %d conversations on %s ...%n", conversations, server.address());
                List<OpenConversation> open = new ArrayList<>();
                try (ChatConnection connection = new ChatConnection(server.address())) {
                    for (int i = 0; i < conversations; i++) {
                        open.add(OpenConversation.open(connection));
                    }
                }
                long sent = open.size();
                LoadRun load = new LoadRun(server.address(), open);

                LoadSchedule warming = ramp ? LoadSchedule.ramp(rate / 10.0, rate, warmup) : LoadSchedule.steady(rate, warmup);
                LoadSchedule measured = LoadSchedule.steady(rate, duration);
                System.out.println("Warm-up: " + warming.describe() + ", then measuring (open loop): " + measured.describe()
                        + " over " + conversations + " concurrent conversations, on the same connections without a pause");
                String recording = options.get("jfr");
                AtomicReference<Optional<Duration>> cpuBefore = new AtomicReference<>(Optional.empty());
                LoadRun.Reports reports = load.run(warming, measured, window, () -> {
                    cpuBefore.set(server.cpuTime());
                    System.out.printf("measured part starts, load average %s%n", loadAverage());
                    if (recording != null) {
                        try {
                            jcmd(server, "JFR.start", "name=load", "settings=profile",
                                    "filename=" + Path.of(recording).toAbsolutePath());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                });
                Optional<Duration> cpuAfter = server.cpuTime();
                if (recording != null) {
                    jcmd(server, "JFR.stop", "name=load");
                }
                LatencyReport warm = reports.warmUp();
                LatencyReport report = reports.measured();
                System.out.println("Warm-up:");
                warm.printWindows(System.out);
                sent += warm.succeeded() + report.succeeded();
                System.out.println("Measured:");
                report.printWindows(System.out);
                report.printSummary(System.out);
                if (cpuBefore.get().isPresent() && cpuAfter.isPresent()) {
                    double cpuMillis = cpuAfter.get().minus(cpuBefore.get().get()).toNanos() / 1e6;
                    System.out.printf("server CPU: %.2f ms per request, %.2f cores busy on average%n",
                            cpuMillis / Math.max(1, report.throughput() * duration), cpuMillis / 1000 / duration);
                }
                System.out.printf("| %d | %d | %.0f | %.2f | %.2f | %.2f | %d |%n", conversations, rate, report.throughput(),
                        report.percentileMillis(0.5), report.percentileMillis(0.9), report.percentileMillis(0.99),
                        report.errors());

                int connections = Math.min(saturationConnections, open.size());
                List<Double> bareRates = new ArrayList<>();
                List<Double> botRates = new ArrayList<>();
                long saturationErrors = 0;
                for (int round = 1; round <= saturationRounds; round++) {
                    String bareFigure = "";
                    if (bareServer != null) {
                        ClosedLoopRun.Result bareRound = bareSaturation(bareServer, saturationConnections, saturationWarmup,
                                saturationDuration);
                        bareRates.add(bareRound.throughput());
                        bareFigure = String.format("bare %.0f JSON POSTs/s (%d errors), ", bareRound.throughput(),
                                bareRound.measuredErrors());
                    }
                    ClosedLoopRun.Result saturation = new ClosedLoopRun(server.address(), connections).run(
                            (connection, index, sequence) -> LoadRun.ask(connection, open.get(index),
                                    LoadRun.question(index + sequence)),
                            saturationWarmup, saturationDuration);
                    sent += saturation.totalOk();
                    saturationErrors += saturation.totalErrors();
                    botRates.add(saturation.throughput());
                    System.out.printf("saturation round %d (%d connections): %sbot %.0f turns/s (%d errors)%s (load average %s)%n",
                            round, connections, bareFigure, saturation.throughput(), saturation.measuredErrors(),
                            bareServer == null ? "" : String.format(", ratio %.2f", saturation.throughput() / bareRates.get(round - 1)),
                            loadAverage());
                }

                long recorded = counters.turnsWrittenOnce(recordedBefore + sent) - recordedBefore;
                // A request that timed out on the client may still have been answered and recorded.
                long errors = warm.errors() + report.errors() + saturationErrors;
                System.out.printf("insights: turns sent %d (greetings of the new conversations included), turns recorded %d, client errors %d,"
                        + " dropped %.0f, failed %.0f%n", sent, recorded, errors, counters.value("insights_turns_dropped_total"),
                        counters.value("insights_turns_failed_total"));
                System.out.printf("load average at end: %s%n", loadAverage());
                Figures bot = new Figures(ready, rss, medianRate(botRates));
                if (bare != null) {
                    bare = new Figures(bare.ready(), bare.idleRssKb(), medianRate(bareRates));
                    if (starts != null) {
                        bare = new Figures(starts.bareReady(), starts.bareRss(), bare.saturation());
                        bot = new Figures(starts.botReady(), starts.botRss(), bot.saturation());
                        System.out.printf("(ready time and idle RSS: medians of %d starts of each, taken in turn)%n", startRounds);
                    }
                    printComparison(bare, bot);
                }
                if (recorded < sent || recorded > sent + errors) {
                    throw new IllegalStateException("insights recorded " + recorded + " turns of " + sent + " sent"
                            + (errors == 0 ? "" : " (and " + errors + " failed on the client)"));
                }
            }
        }
    }

    private static ClosedLoopRun.Result bareSaturation(BenchmarkServer bare, int connections, double warmupSeconds,
                                                     double seconds) throws Exception {
        return new ClosedLoopRun(bare.address(), connections).run(
                (connection, index, sequence) -> echo(connection, LoadRun.question(index + sequence)), warmupSeconds, seconds);
    }

    private static double medianRate(List<Double> rates) {
        List<Double> sorted = rates.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Median start figures of both servers. */
    private record StartFigures(Duration bareReady, OptionalLong bareRss, Duration botReady, OptionalLong botRss) {
    }

    /**
     * Starts the bare application and the bot in turn, {@code rounds} times each, and takes the
     * median ready time and idle memory of each: on a shared machine one start alone can fall on
     * a burst of load from elsewhere.
     */
    private static StartFigures measureStarts(int rounds, Path jar, List<String> jvmOptions, List<String> botJvmOptions,
                                              List<String> serverOptions) throws Exception {
        List<Duration> bareReady = new ArrayList<>();
        List<Duration> botReady = new ArrayList<>();
        List<Long> bareRss = new ArrayList<>();
        List<Long> botRss = new ArrayList<>();
        // CPU time to the first 200 as well: on shared cores it moves less than wall time does.
        List<Duration> bareCpu = new ArrayList<>();
        List<Duration> botCpu = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            try (BenchmarkServer server = BenchmarkServer.startClass(BARE_APPLICATION, bareClassPath(), jvmOptions)) {
                bareReady.add(server.awaitFirstOk("/", Duration.ofSeconds(120)));
                server.cpuTime().ifPresent(bareCpu::add);
                idleRss(server).ifPresent(bareRss::add);
            }
            try (BenchmarkServer server = BenchmarkServer.start(jar, botJvmOptions, serverOptions)) {
                botReady.add(server.awaitFirstOk("/", Duration.ofSeconds(120)));
                server.cpuTime().ifPresent(botCpu::add);
                idleRss(server).ifPresent(botRss::add);
            }
            System.out.printf("start round %d: bare ready %.2f s, RSS %s; bot ready %.2f s, RSS %s (load average %s)%n", round,
                    bareReady.get(round - 1).toMillis() / 1000.0, megabytes(last(bareRss)),
                    botReady.get(round - 1).toMillis() / 1000.0, megabytes(last(botRss)), loadAverage());
        }
        if (bareCpu.size() == rounds && botCpu.size() == rounds) {
            Duration bare = median(bareCpu);
            Duration bot = median(botCpu);
            System.out.printf("CPU time to the first 200 (medians): bare %.1f s, bot %.1f s, ratio %.2f×%n",
                    bare.toMillis() / 1000.0, bot.toMillis() / 1000.0, (double) bot.toMillis() / bare.toMillis());
        }
        return new StartFigures(median(bareReady), medianKb(bareRss), median(botReady), medianKb(botRss));
    }

    private static OptionalLong last(List<Long> values) {
        return values.isEmpty() ? OptionalLong.empty() : OptionalLong.of(values.get(values.size() - 1));
    }

    private static Duration median(List<Duration> values) {
        List<Duration> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static OptionalLong medianKb(List<Long> values) {
        return values.isEmpty() ? OptionalLong.empty() : OptionalLong.of(values.stream().sorted().toList().get(values.size() / 2));
    }

    private static void printComparison(Figures bare, Figures bot) {
        System.out.println("| | bare Spring Boot app | the bot | ratio |");
        System.out.println("| --- | --- | --- | --- |");
        System.out.printf("| ready (process start to first 200 on `/`) | %.1f s | %.1f s | %.2f× |%n",
                bare.ready().toMillis() / 1000.0, bot.ready().toMillis() / 1000.0,
                (double) bot.ready().toMillis() / bare.ready().toMillis());
        if (bare.idleRssKb().isPresent() && bot.idleRssKb().isPresent()) {
            System.out.printf("| idle RSS, %d s after ready | %s | %s | %.2f× |%n", SETTLE.toSeconds(),
                    megabytes(bare.idleRssKb()), megabytes(bot.idleRssKb()),
                    (double) bot.idleRssKb().getAsLong() / bare.idleRssKb().getAsLong());
        }
        System.out.printf("| requests/s at saturation | %.0f JSON POSTs/s | %.0f turns/s | %.2f |%n",
                bare.saturation(), bot.saturation(), bot.saturation() / bare.saturation());
    }

    /** Runs a diagnostic command in the started server's JVM (Flight Recorder). */
    private static void jcmd(BenchmarkServer server, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(server.pid().orElseThrow(() -> new IllegalStateException("--jfr needs --start-server")))));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd failed: " + line);
        }
    }

    private static boolean echo(ChatConnection connection, String text) {
        try {
            ChatConnection.Response response = connection.post("/echo", null, "{\"text\":\"" + text + "\"}");
            return response.status() == 200 && response.body().contains("\"length\"");
        } catch (IOException e) {
            return false;
        }
    }

    private static OptionalLong idleRss(BenchmarkServer server) throws InterruptedException {
        Thread.sleep(SETTLE.toMillis());
        return server.residentKilobytes();
    }

    private static String megabytes(OptionalLong kilobytes) {
        return kilobytes.isPresent() ? String.format("%.0f MB", kilobytes.getAsLong() / 1024.0) : "n/a";
    }

    private static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "n/a";
        }
    }

    /** This JVM's class path cut down to the artifacts of spring-boot-starter-webmvc, plus the test classes. */
    private static String bareClassPath() throws IOException {
        Set<String> artifacts;
        try (InputStream in = WebChatLoadBenchmark.class.getResourceAsStream("/benchmark/bare-app-classpath.txt")) {
            artifacts = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toSet());
        }
        List<String> kept = new ArrayList<>();
        Set<String> found = new java.util.HashSet<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            String normalized = entry.replace('\\', '/');
            if (normalized.endsWith("/test-classes") || normalized.endsWith("/test-classes/")) {
                kept.add(entry);
                continue;
            }
            for (String artifact : artifacts) {
                String[] parts = artifact.split(":");
                if (normalized.contains("/" + parts[0].replace('.', '/') + "/" + parts[1] + "/")) {
                    kept.add(entry);
                    found.add(artifact);
                }
            }
        }
        if (!found.equals(artifacts)) {
            Set<String> missing = new java.util.TreeSet<>(artifacts);
            missing.removeAll(found);
            throw new UncheckedIOException(new IOException("not on the class path: " + missing));
        }
        return String.join(java.io.File.pathSeparator, kept);
    }

    private static List<String> split(String given) {
        return given == null || given.isBlank() ? List.of() : List.of(given.strip().split("\\s+"));
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
