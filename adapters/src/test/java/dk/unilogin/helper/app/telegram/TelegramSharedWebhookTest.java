package dk.unilogin.helper.app.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.store.AppInstance;
import dk.unilogin.helper.app.store.RedisServer;
import dk.unilogin.helper.app.web.HttpTestClient.Response;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Webhook mode with two instances of the application sharing one Redis, as behind a load
 * balancer: both take updates (no lease), a chat's conversation goes on whichever instance an
 * update reaches, and an update Telegram delivers again, to the other instance or to both at
 * once, is answered once. Telegram is the library's real client against a fake Bot API.
 */
class TelegramSharedWebhookTest {
    private static final String SECRET = "shared-webhook-Secret_1";
    private static final Duration WAIT = Duration.ofSeconds(15);

    @RegisterExtension
    static final RedisServer redis = new RedisServer();

    static FakeBotApi telegram;
    static AppInstance a;
    static AppInstance b;

    @BeforeAll
    static void start() throws Exception {
        telegram = new FakeBotApi();
        a = instance();
        b = instance();
    }

    private static AppInstance instance() throws Exception {
        return AppInstance.start(redis, "bot.telegram.token=" + FakeBotApi.TOKEN, "bot.telegram.mode=webhook",
                "bot.telegram.webhook-secret=" + SECRET, "bot.telegram.base-url=" + telegram.baseUrl(),
                "bot.telegram.webhook-url=https://bot.example.dk/telegram/webhook",
                "bot.telegram.data-dir=" + Files.createTempDirectory("telegram-webhook"));
    }

    @AfterAll
    static void stop() {
        for (AppInstance instance : new AppInstance[] {a, b}) {
            if (instance != null) {
                instance.close();
            }
        }
        if (telegram != null) {
            telegram.close();
        }
    }

    private static Response deliver(AppInstance instance, int updateId, String body) {
        return instance.client().post("/telegram/webhook", "{\"update_id\":" + updateId + "," + body + "}",
                "Content-Type", "application/json", TelegramWebhookController.SECRET_HEADER, SECRET);
    }

    private static String textsTo(long chat) {
        return telegram.messagesTo(chat).stream().map(FakeBotApi.Call::text).collect(Collectors.joining("\n"));
    }

    @Test
    void bothInstancesAnswerAndAChatGoesOnAtItsStepOnEither() throws Exception {
        long chat = 4101;
        assertThat(deliver(a, 41_001, TelegramUpdates.text(chat, "min søn har glemt sin kode")).status()).isEqualTo(200);
        telegram.await("sendMessage", c -> c.chatId() == chat && c.text().contains("Få en ny adgangskode"), 1, WAIT);

        assertThat(deliver(b, 41_002, TelegramUpdates.text(chat, "trin for trin")).status()).isEqualTo(200);
        telegram.await("sendMessage", c -> c.chatId() == chat && c.text().contains("Trin 1 af 5"), 1, WAIT);
        assertThat(deliver(a, 41_003, TelegramUpdates.text(chat, "næste")).status()).isEqualTo(200);
        telegram.await("sendMessage", c -> c.chatId() == chat && c.text().contains("Trin 2 af 5"), 1, WAIT);

        assertThat(textsTo(chat)).contains("Få en ny adgangskode", "Trin 1 af 5", "Trin 2 af 5");
        assertThat(telegram.calls("getUpdates")).as("no long polling in webhook mode, on either").isEmpty();
        assertThat(telegram.await("setWebhook", c -> true, 2, WAIT)).as("each instance registers the one address")
                .hasSize(2);
    }

    @Test
    void anUpdateDeliveredAgainToTheOtherInstanceOrToBothAtOnceIsAnsweredOnce() throws Exception {
        long once = 4201;
        long again = 4202;
        long atOnce = 4203;
        String question = "jeg kan ikke logge ind";
        assertThat(deliver(a, 42_001, TelegramUpdates.text(once, question)).status()).isEqualTo(200);
        assertThat(deliver(a, 42_002, TelegramUpdates.text(again, question)).status()).isEqualTo(200);
        assertThat(deliver(b, 42_002, TelegramUpdates.text(again, question)).status())
                .as("the same update delivered again, to the other instance").isEqualTo(200);
        var toA = CompletableFuture.supplyAsync(() -> deliver(a, 42_003, TelegramUpdates.text(atOnce, question)));
        var toB = CompletableFuture.supplyAsync(() -> deliver(b, 42_003, TelegramUpdates.text(atOnce, question)));
        assertThat(List.of(toA.get().status(), toB.get().status())).containsOnly(200);

        telegram.await("sendMessage", c -> c.chatId() == once, 1, WAIT);
        telegram.await("sendMessage", c -> c.chatId() == again, 1, WAIT);
        telegram.await("sendMessage", c -> c.chatId() == atOnce, 1, WAIT);
        Thread.sleep(500); // time for a second, duplicate answer to arrive, if there were one
        int answer = telegram.messagesTo(once).size();
        assertThat(answer).isPositive();
        assertThat(telegram.messagesTo(again)).as("delivered twice, one after the other").hasSize(answer);
        assertThat(telegram.messagesTo(atOnce)).as("delivered to both at once").hasSize(answer);
        assertThat(redis.command("PTTL", "unilogin:telegram:update:42002")).satisfies(
                ttl -> assertThat(Long.parseLong(ttl)).as("the delivery record expires").isPositive());
    }

    @Test
    void whileRedisIsDownAnUpdateIsRefusedWith503SoThatTelegramDeliversItAgainLater() throws Exception {
        long chat = 4301;
        String update = TelegramUpdates.text(chat, "jeg kan ikke logge ind");
        redis.stop();
        Response refused;
        try {
            refused = deliver(a, 43_001, update);
        } finally {
            redis.start();
        }
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.header("Retry-After")).isEqualTo("5");

        Response delivered = refused;
        long back = System.nanoTime();
        while (delivered.status() != 200 && System.nanoTime() - back < WAIT.toNanos()) {
            Thread.sleep(200); // Telegram's own retry comes later; Redis is back within a second
            delivered = deliver(a, 43_001, update);
        }
        assertThat(delivered.status()).as("delivered again once Redis is back").isEqualTo(200);
        assertThat(telegram.await("sendMessage", c -> c.chatId() == chat, 1, WAIT)).as("and answered").isNotEmpty();
    }
}
