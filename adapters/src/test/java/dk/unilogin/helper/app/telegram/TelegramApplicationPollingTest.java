package dk.unilogin.helper.app.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole application with a token set: it long-polls, answers through its bot and exports the queue depth. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class TelegramApplicationPollingTest {

    private static final FakeBotApi telegram = start();
    private static Path dataDir;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void telegramSettings(DynamicPropertyRegistry registry) throws IOException {
        dataDir = Files.createTempDirectory("telegram-polling");
        registry.add("bot.telegram.token", () -> FakeBotApi.TOKEN);
        registry.add("bot.telegram.base-url", () -> telegram.baseUrl().toString());
        registry.add("bot.telegram.data-dir", dataDir::toString);
        registry.add("bot.telegram.poll-timeout", () -> "1s");
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

    @Test
    void answersATelegramQuestionThroughTheApplicationsBot() throws Exception {
        long chat = 31337;
        telegram.addUpdate(700, TelegramUpdates.text(chat, "jeg har glemt mit brugernavn"));

        assertThat(telegram.await("sendMessage", c -> c.chatId() == chat, 1, Duration.ofSeconds(20))).isNotEmpty();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Path offsetFile = dataDir.resolve(UpdateOffsetStore.FILE_NAME);
        while (!(Files.exists(offsetFile) && Files.readString(offsetFile).equals("700")) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(Files.readString(offsetFile)).isEqualTo("700");
        assertThat(meters.get("telegram.send.queue.depth").gauge()).isNotNull();
    }
}
