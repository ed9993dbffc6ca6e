package dk.unilogin.helper.app.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Redis for a test class: Debian's {@code redis-server} on a free loopback port, without
 * persistence, started before the class and stopped after it. Tests that use it are skipped
 * with a message when the binary is not installed ({@code .ci/run} installs it). It can be
 * stopped and started again on the same port, to test an outage.
 *
 * <pre>{@code @RegisterExtension static final RedisServer redis = new RedisServer();}</pre>
 */
public final class RedisServer implements BeforeAllCallback, AfterAllCallback {
    private static final List<String> LOCATIONS = List.of("/usr/bin/redis-server", "/usr/local/bin/redis-server");

    private int port;
    private Process process;
    private Path workDir;

    public static String binary() {
        for (String location : LOCATIONS) {
            if (new File(location).canExecute()) {
                return location;
            }
        }
        return null;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        assumeTrue(binary() != null, "Skipping the Redis tests: redis-server is not installed "
                + "(apt-get install redis-server; CI installs it).");
        startOnFreePort();
    }

    /** Starts the server on a free loopback port; for use outside JUnit (benchmarks). */
    public void startOnFreePort() throws IOException, InterruptedException {
        if (binary() == null) {
            throw new IllegalStateException("redis-server is not installed (apt-get install redis-server)");
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        workDir = Files.createTempDirectory("redis-test");
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    public int port() {
        return port;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** Properties for an application instance that keeps its conversations in this Redis. */
    public List<String> applicationProperties() {
        return List.of("bot.store=redis", "spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + port);
    }

    public synchronized void start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            return;
        }
        process = new ProcessBuilder(binary(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--daemonize", "no", "--dir", workDir.toString())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("redis.log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (ping()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("redis-server did not start on port " + port + ": "
                + Files.readString(workDir.resolve("redis.log")));
    }

    /** Stops the server at once, as a crash would; nothing is kept (no persistence). */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Freezes the server (SIGSTOP): connections stay open but nothing answers, as with a hung Redis. */
    public synchronized void pause() throws IOException, InterruptedException {
        signal("-STOP");
    }

    public synchronized void resume() throws IOException, InterruptedException {
        signal("-CONT");
    }

    private void signal(String signal) throws IOException, InterruptedException {
        new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start().waitFor();
    }

    /** Runs one command over a fresh connection and returns the raw reply (RESP), for tests that inspect keys. */
    public String command(String... args) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout((int) Duration.ofSeconds(5).toMillis());
            StringBuilder request = new StringBuilder("*").append(args.length).append("\r\n");
            for (String arg : args) {
                byte[] bytes = arg.getBytes(StandardCharsets.UTF_8);
                request.append('$').append(bytes.length).append("\r\n").append(arg).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            return new RespReader(socket.getInputStream()).readAsText();
        }
    }

    private boolean ping() {
        try {
            return command("PING").contains("PONG");
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads one RESP reply into text: simple values as they are, arrays one element per line. */
    private static final class RespReader {
        private final InputStream in;

        RespReader(InputStream in) {
            this.in = in;
        }

        String readAsText() throws IOException {
            List<String> out = new ArrayList<>();
            read(out);
            return String.join("\n", out);
        }

        private void read(List<String> out) throws IOException {
            String line = line();
            char type = line.charAt(0);
            String rest = line.substring(1);
            switch (type) {
                case '+', '-', ':' -> out.add(rest);
                case '$' -> {
                    int length = Integer.parseInt(rest);
                    if (length < 0) {
                        out.add("(nil)");
                        return;
                    }
                    byte[] data = in.readNBytes(length + 2);
                    out.add(new String(data, 0, length, StandardCharsets.UTF_8));
                }
                case '*' -> {
                    int count = Integer.parseInt(rest);
                    for (int i = 0; i < count; i++) {
                        read(out);
                    }
                }
                default -> throw new IOException("unexpected RESP reply: " + line);
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != -1) {
                if (c == '\r') {
                    in.read();
                    break;
                }
                line.append((char) c);
            }
            return line.toString();
        }
    }
}
