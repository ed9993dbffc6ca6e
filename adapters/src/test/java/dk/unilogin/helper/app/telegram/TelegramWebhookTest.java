package dk.unilogin.helper.app.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.web.RawHttp;
import dk.unilogin.helper.bot.TurnProcessor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Webhook mode: the application's own endpoint receives updates and checks Telegram's secret header. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TelegramWebhookTest {

    private static final String SECRET = "s3cret-Only_Telegram-knows";
    private static final FakeBotApi telegram = start();
    private static final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    RecordingTurns turns;

    @Autowired
    TelegramChannel channel;

    @DynamicPropertySource
    static void telegramSettings(DynamicPropertyRegistry registry) throws IOException {
        registry.add("bot.telegram.token", () -> FakeBotApi.TOKEN);
        registry.add("bot.telegram.mode", () -> "webhook");
        registry.add("bot.telegram.webhook-secret", () -> SECRET);
        registry.add("bot.telegram.base-url", () -> telegram.baseUrl().toString());
        registry.add("bot.telegram.webhook-url", () -> "https://bot.example.dk/telegram/webhook");
        Path dir = Files.createTempDirectory("telegram-webhook");
        registry.add("bot.telegram.data-dir", dir::toString);
    }

    /** The application's real bot, recorded on its way in. */
    @TestConfiguration
    static class Turns {
        @Bean
        @Primary
        RecordingTurns recordingTurns(@Qualifier("turnProcessor") TurnProcessor real) {
            return new RecordingTurns(real);
        }
    }

    private static FakeBotApi start() {
        try {
            return new FakeBotApi();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopTelegram() {
        telegram.close();
    }

    private HttpResponse<String> post(String secret, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(TelegramWebhookController.SECRET_HEADER, secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void updateWithTheRightSecretIsAnsweredOnce() throws Exception {
        long chat = 9001;
        String update = "{\"update_id\":5001," + TelegramUpdates.text(chat, "jeg kan ikke logge ind") + "}";

        assertThat(post(SECRET, update).statusCode()).isEqualTo(200);
        assertThat(post(SECRET, update).statusCode()).as("a repeated delivery").isEqualTo(200);

        assertThat(telegram.await("sendMessage", c -> c.chatId() == chat, 1, Duration.ofSeconds(10))).hasSize(1);
        Thread.sleep(300);
        assertThat(telegram.messagesTo(chat)).hasSize(1);
        assertThat(turns.seenIn("tg:" + chat)).singleElement()
                .satisfies(a -> assertThat(a.text()).isEqualTo("jeg kan ikke logge ind"));
        assertThat(telegram.calls("getUpdates")).as("no long polling in webhook mode").isEmpty();
    }

    @Test
    void startWithASchoolIdWelcomesOnBehalfOfThatSchool() throws Exception {
        long chat = 9003;
        String update = "{\"update_id\":5003," + TelegramUpdates.text(chat, "/start demo-skole") + "}";

        assertThat(post(SECRET, update).statusCode()).isEqualTo(200);

        assertThat(telegram.await("sendMessage", c -> c.chatId() == chat, 1, Duration.ofSeconds(10)))
                .first().satisfies(c -> {
                    assertThat(c.text()).contains("Demoskolen");
                    assertThat(c.body().path("reply_markup").path("inline_keyboard").size()).isPositive();
                });
        assertThat(turns.seenIn("tg:" + chat)).singleElement()
                .satisfies(a -> assertThat(a.value()).isEqualTo("demo-skole"));
    }

    @Test
    void wrongOrMissingSecretIsRejectedWith401AndNothingHandled() throws Exception {
        long chat = 9002;
        String update = "{\"update_id\":5002," + TelegramUpdates.text(chat, "hej") + "}";

        assertThat(post("wrong", update).statusCode()).isEqualTo(401);
        assertThat(post(SECRET + "x", update).statusCode()).isEqualTo(401);
        assertThat(post(null, update).statusCode()).isEqualTo(401);

        Thread.sleep(300);
        assertThat(turns.seenIn("tg:" + chat)).isEmpty();
        assertThat(telegram.messagesTo(chat)).isEmpty();
    }

    @Test
    void withoutTheSecretTheBodyIsNotWaitedForNorRead() throws Exception {
        // 200 MB announced, a few bytes sent: the answer must come at once, not after the body.
        try (RawHttp http = new RawHttp(port, 15_000)) {
            http.send("POST /telegram/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + TelegramWebhookController.SECRET_HEADER + ": wrong\r\nContent-Length: 200000000\r\n\r\n{\"update_id\":");
            assertThat(http.readResponse().status()).isEqualTo(401);
        }
        try (RawHttp http = new RawHttp(port, 15_000)) {
            http.send("POST /telegram/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n10\r\n{\"update_id\":1234\r\n");
            assertThat(http.readResponse().status()).as("no secret, chunked").isEqualTo(401);
        }
    }

    @Test
    void anUpdateOverTheSizeLimitIs413EvenWithTheSecret() throws Exception {
        try (RawHttp http = new RawHttp(port, 15_000)) {
            http.send("POST /telegram/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + TelegramWebhookController.SECRET_HEADER + ": " + SECRET + "\r\nContent-Length: 200000000\r\n\r\n{");
            assertThat(http.readResponse().status()).isEqualTo(413);
        }
        String padded = "{\"update_id\":5009," + TelegramUpdates.text(9009, "hej") + ",\"pad\":\"" + "x".repeat(300_000) + "\"}";
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json").header(TelegramWebhookController.SECRET_HEADER, SECRET)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        padded.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .as("chunked, no declared length").isEqualTo(413);
        assertThat(turns.seenIn("tg:9009")).isEmpty();
    }

    @Test
    void bodyThatIsNotAnUpdateIs400() throws Exception {
        assertThat(post(SECRET, "{not json").statusCode()).isEqualTo(400);
        assertThat(post(SECRET, "").statusCode()).isEqualTo(400);
    }

    @Test
    void webhookAndCommandMenuAreRegisteredAtStartUp() throws Exception {
        assertThat(telegram.await("setMyCommands", c -> true, 2, Duration.ofSeconds(10))).hasSize(2);
        assertThat(telegram.await("setWebhook", c -> true, 1, Duration.ofSeconds(10))).singleElement()
                .satisfies(c -> assertThat(c.body().path("raw").asText())
                        .contains("secret_token").contains(SECRET).contains("https://bot.example.dk/telegram/webhook"));
        assertThat(channel.isRunning()).isTrue();
    }
}
