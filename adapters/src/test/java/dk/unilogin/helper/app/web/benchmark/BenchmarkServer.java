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

/** The server under load: either one this benchmark starts from the packaged jar, or one already running. */
final class BenchmarkServer implements AutoCloseable {
    private final InetSocketAddress address;
    private final Process process;

    private BenchmarkServer(InetSocketAddress address, Process process) {
        this.address = address;
        this.process = process;
    }

    static BenchmarkServer running(URI url) {
        return new BenchmarkServer(new InetSocketAddress(url.getHost(), url.getPort()), null);
    }

    /**
     * Starts the jar on a free loopback port with an in-memory database and the rate limit
     * raised, plus {@code extraOptions} (Spring Boot {@code --name=value} arguments).
     */
    static BenchmarkServer start(Path jar, List<String> extraOptions) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(jar + " not found: build it with ./mvnw -q -DskipTests package");
        }
        int port = freePort();
        Path log = Files.createTempFile("web-chat-benchmark-server", ".log");
        System.out.printf("Starting %s on 127.0.0.1:%d (log: %s)%n", jar, port, log);
        List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString(),
                "--server.address=127.0.0.1", "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:mem:benchmark", "--bot.web.rate-limit.burst=1000000",
                "--bot.web.rate-limit.requests-per-second=1000000", "--bot.web.rate-limit.conversations.burst=1000000",
                "--bot.web.rate-limit.conversations.per-day=100000000", "--bot.web.rate-limit.turns.burst=1000000",
                "--bot.web.rate-limit.turns.per-minute=100000000"));
        command.addAll(extraOptions);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new BenchmarkServer(new InetSocketAddress("127.0.0.1", port), process);
    }

    InetSocketAddress address() {
        return address;
    }

    /** Waits until the readiness probe says the server takes traffic. */
    void awaitReady(Duration timeout) throws InterruptedException {
        URI readiness = URI.create("http://" + address.getHostString() + ":" + address.getPort()
                + "/actuator/health/readiness");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue());
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) readiness.toURL().openConnection();
                connection.setConnectTimeout(1000);
                connection.setReadTimeout(5000);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("server at " + readiness + " was not ready within " + timeout);
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
