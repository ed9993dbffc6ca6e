package dk.unilogin.helper.app.start;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.store.RedisServer;
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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's run command on the packaged application (after {@code package}: target/app and
 * its class data sharing archive). With the packaged configuration it starts from the bean
 * definitions generated at build time; with Redis as the store, a setting those definitions
 * were not generated for, it starts the ordinary way and really keeps conversations in Redis.
 */
class RunCommandIT {
    @RegisterExtension
    static final RedisServer redis = new RedisServer();

    private static final Path APP = Path.of("target", "app");
    private static final Pattern ID = Pattern.compile("\"conversationId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void thePackagedConfigurationStartsFromTheGeneratedDefinitionsAndAnswers() throws Exception {
        try (Server server = Server.start(List.of())) {
            assertThat(server.log()).contains("Starting AOT-processed UniloginBotApplication");
            assertThat(answer(server, "mit barn har glemt sin kode")).contains("adgangskode");
            // Turns are timed by the turn meters; Spring Security does not time their way through its chains.
            assertThat(server.get("/actuator/prometheus")).contains("bot_turn_latency_seconds_count{channel=\"webchat\"")
                    .doesNotContain("spring_security_filterchains");
        }
    }

    @Test
    void redisAsTheStoreStartsTheOrdinaryWayAndKeepsConversationsInRedis() throws Exception {
        List<String> redisArguments = redis.applicationProperties().stream().map(property -> "--" + property).toList();
        try (Server server = Server.start(redisArguments)) {
            assertThat(server.log()).doesNotContain("AOT-processed")
                    .contains("Starting without the bean definitions generated at build time")
                    .contains("bot.store");
            assertThat(answer(server, "mit barn har glemt sin kode")).contains("adgangskode");
            assertThat(redis.command("KEYS", "unilogin:*")).isNotBlank();
        }
    }

    private String answer(Server server, String text) throws IOException, InterruptedException {
        HttpResponse<String> opened = post(server.uri("/api/conversations"), null, "{\"locale\":\"da\"}");
        assertThat(opened.statusCode()).isEqualTo(201);
        Matcher id = ID.matcher(opened.body());
        Matcher token = TOKEN.matcher(opened.body());
        assertThat(id.find() && token.find()).as(opened.body()).isTrue();
        HttpResponse<String> answered = post(server.uri("/api/conversations/" + id.group(1) + "/activities"),
                token.group(1), "{\"text\":\"" + text + "\"}");
        assertThat(answered.statusCode()).isEqualTo(200);
        return answered.body();
    }

    private HttpResponse<String> post(URI uri, String bearerToken, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The application started by the run command in a process of its own, on a free loopback port. */
    private record Server(Process process, int port, Path logFile) implements AutoCloseable {
        static Server start(List<String> arguments) throws IOException, InterruptedException {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:SharedArchiveFile=" + APP.resolve("unilogin-bot.jsa"), "-jar", APP.resolve("unilogin-bot.jar").toString(),
                    "--server.address=127.0.0.1", "--server.port=" + port, "--spring.datasource.url=jdbc:h2:mem:run-command"));
            command.addAll(arguments);
            Path log = Files.createTempFile("run-command", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            // The machine's own settings (a Telegram token, a store) would change what starts.
            Map<String, String> environment = builder.environment();
            environment.keySet().removeIf(name -> name.startsWith("BOT_") || name.startsWith("SPRING_")
                    || name.startsWith("SERVER_") || name.startsWith("MANAGEMENT_") || name.equals("TELEGRAM_BOT_TOKEN"));
            Server server = new Server(builder.start(), port, log);
            server.awaitReady(Duration.ofSeconds(120));
            return server;
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        String get(String path) throws IOException, InterruptedException {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }

        String log() throws IOException {
            return Files.readString(logFile);
        }

        private void awaitReady(Duration timeout) throws IOException, InterruptedException {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the server exited with " + process.exitValue() + ":\n" + log());
                }
                try {
                    HttpResponse<Void> ready = client.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                    if (ready.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("the server was not ready within " + timeout + ":\n" + log());
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
