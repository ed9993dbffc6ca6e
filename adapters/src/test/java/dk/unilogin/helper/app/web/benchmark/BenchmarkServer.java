package dk.unilogin.helper.app.web.benchmark;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A server under load: one this benchmark starts (the packaged jar, or the bare reference
 * application), or one already running.
 */
final class BenchmarkServer implements AutoCloseable {
    private final InetSocketAddress address;
    private final Process process;
    private final long startedNanos;

    private BenchmarkServer(InetSocketAddress address, Process process, long startedNanos) {
        this.address = address;
        this.process = process;
        this.startedNanos = startedNanos;
    }

    static BenchmarkServer running(URI url) {
        return new BenchmarkServer(new InetSocketAddress(url.getHost(), url.getPort()), null, System.nanoTime());
    }

    /**
     * Starts the jar on a free loopback port with an in-memory database and the rate limit
     * raised, plus {@code extraOptions} (Spring Boot {@code --name=value} arguments).
     */
    static BenchmarkServer start(Path jar, List<String> jvmOptions, List<String> extraOptions) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(jar + " not found: build it with ./mvnw -q -DskipTests package");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions);
        classDataSharingArchive(jar, jvmOptions).ifPresent(archive -> command.add("-XX:SharedArchiveFile=" + archive));
        command.addAll(List.of("-jar", jar.toString(),
                "--server.address=127.0.0.1", "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:mem:benchmark", "--bot.web.rate-limit.burst=1000000",
                "--bot.web.rate-limit.requests-per-second=1000000", "--bot.web.rate-limit.conversations.burst=1000000",
                "--bot.web.rate-limit.conversations.per-day=100000000", "--bot.web.rate-limit.turns.burst=1000000",
                "--bot.web.rate-limit.turns.per-minute=100000000"));
        command.addAll(extraOptions);
        return launch(command, port, jar.getFileName().toString());
    }

    /**
     * The class data sharing archive the build records beside the extracted jar
     * ({@code app/unilogin-bot.jsa}), which the README's run command starts with; none when the
     * JVM options name one already or the build left it out.
     */
    private static Optional<Path> classDataSharingArchive(Path jar, List<String> jvmOptions) {
        String name = jar.getFileName().toString();
        if (!name.endsWith(".jar") || jvmOptions.stream().anyMatch(option -> option.startsWith("-XX:SharedArchiveFile"))) {
            return Optional.empty();
        }
        Path archive = jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
        return Files.isRegularFile(archive) ? Optional.of(archive) : Optional.empty();
    }

    /**
     * Starts {@code mainClass} from {@code classPath} on a free loopback port, with no
     * configuration files of its own ({@code spring.config.name} names none that exists).
     */
    static BenchmarkServer startClass(String mainClass, String classPath, List<String> jvmOptions) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, mainClass, "--server.address=127.0.0.1", "--server.port=" + port,
                "--spring.config.name=bare-json-app"));
        return launch(command, port, mainClass);
    }

    private static BenchmarkServer launch(List<String> command, int port, String name) throws IOException {
        Path log = Files.createTempFile("web-chat-benchmark-server", ".log");
        System.out.printf("Starting %s on 127.0.0.1:%d (log: %s)%n", name, port, log);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new BenchmarkServer(new InetSocketAddress("127.0.0.1", port), process, started);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    InetSocketAddress address() {
        return address;
    }

    /** Waits until the readiness probe says the server takes traffic. */
    void awaitReady(Duration timeout) throws InterruptedException {
        awaitOk("/actuator/health/readiness", timeout, 250);
    }

    /**
     * Waits for the first 200 on {@code path}, polling every 20 ms, and returns the time from
     * the process's start to that answer (from the call when the server was already running).
     */
    Duration awaitFirstOk(String path, Duration timeout) throws InterruptedException {
        awaitOk(path, timeout, 20);
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    private void awaitOk(String path, Duration timeout, long pollMillis) throws InterruptedException {
        URI uri = URI.create("http://" + address.getHostString() + ":" + address.getPort() + path);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue());
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
                connection.setConnectTimeout(1000);
                connection.setReadTimeout(5000);
                if (connection.getResponseCode() == 200) {
                    connection.getInputStream().close();
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(pollMillis);
        }
        throw new IllegalStateException("server at " + uri + " did not answer 200 within " + timeout);
    }

    /** Resident memory of the started process now (VmRSS in /proc), in kilobytes; empty elsewhere. */
    OptionalLong residentKilobytes() {
        if (process == null) {
            return OptionalLong.empty();
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException e) {
            // not Linux: no figure
        }
        return OptionalLong.empty();
    }

    /** The started process's id, for {@code jcmd} (profiling) while the benchmark runs. */
    OptionalLong pid() {
        return process == null ? OptionalLong.empty() : OptionalLong.of(process.pid());
    }

    /** The whole text of a GET on {@code path}. */
    String get(String path) throws IOException {
        URI uri = URI.create("http://" + address.getHostString() + ":" + address.getPort() + path);
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setConnectTimeout(1000);
        connection.setReadTimeout(10_000);
        try (var in = connection.getInputStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** CPU time the server process has used so far, when this benchmark started it. */
    Optional<Duration> cpuTime() {
        return process == null ? Optional.empty() : process.toHandle().info().totalCpuDuration();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
