package dk.unilogin.helper.app.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

/** Without a token the application starts without Telegram and says so once. */
@SpringBootTest(properties = "bot.telegram.token=")
@ExtendWith(OutputCaptureExtension.class)
class TelegramOffTest {

    @Autowired
    ApplicationContext context;

    @Test
    void startsWithoutTelegram(CapturedOutput output) {
        assertThat(context.getBeansOfType(TelegramChannel.class)).isEmpty();
        assertThat(context.getBeansOfType(TelegramWebhookController.class)).isEmpty();
        assertThat(output.getAll().lines().filter(line -> line.contains("Telegram is off"))).hasSize(1);
    }
}
