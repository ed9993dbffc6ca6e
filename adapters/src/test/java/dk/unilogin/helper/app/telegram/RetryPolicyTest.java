package dk.unilogin.helper.app.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.telegram.SendFailure.Kind;
import dk.unilogin.helper.app.telegram.SendQueue.Job;
import dk.unilogin.helper.app.telegram.SendQueue.Pacing;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

class RetryPolicyTest {

    private static final SendFailure SERVER_ERROR = new SendFailure(Kind.TRANSIENT, Duration.ZERO, 502);

    private static Job html(int attempt) {
        return new Job(1, SendMessage.builder().chatId(1L).text("<b>Hej</b> &amp; farvel").parseMode(ParseMode.HTML)
                .build(), Pacing.MESSAGE, attempt);
    }

    @Test
    void throttledCallWaitsExactlyAsLongAsTelegramAsks() {
        var decision = RetryPolicy.decide(html(1), new SendFailure(Kind.THROTTLED, Duration.ofSeconds(17), 429));
        assertThat(decision.delay()).isEqualTo(Duration.ofSeconds(17));
        assertThat(decision.job().attempt()).isEqualTo(2);
    }

    @Test
    void serverErrorsBackOffDoublingUpToThirtySecondsThenGiveUp() {
        assertThat(RetryPolicy.decide(html(1), SERVER_ERROR).delay()).isEqualTo(Duration.ofMillis(500));
        assertThat(RetryPolicy.decide(html(2), SERVER_ERROR).delay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(RetryPolicy.decide(html(4), SERVER_ERROR).delay()).isEqualTo(Duration.ofSeconds(4));
        assertThat(RetryPolicy.decide(html(7), SERVER_ERROR).delay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryPolicy.decide(html(RetryPolicy.MAX_TRANSIENT_ATTEMPTS), SERVER_ERROR).givesUp()).isTrue();
    }

    @Test
    void typingIsNeverRetried() {
        Job typing = new Job(1, SendChatAction.builder().chatId(1L).action("typing").build(), Pacing.ACTION, 1);
        assertThat(RetryPolicy.decide(typing, SERVER_ERROR).givesUp()).isTrue();
        assertThat(RetryPolicy.decide(typing, new SendFailure(Kind.THROTTLED, Duration.ofSeconds(1), 429)).givesUp())
                .isTrue();
    }

    @Test
    void refusedHtmlIsResentOnceAsPlainText() {
        var bad = new SendFailure(Kind.PERMANENT, Duration.ZERO, 400);
        var decision = RetryPolicy.decide(html(1), bad);

        SendMessage plain = (SendMessage) decision.job().method();
        assertThat(plain.getParseMode()).isNull();
        assertThat(plain.getText()).isEqualTo("Hej & farvel");
        assertThat(RetryPolicy.decide(decision.job(), bad).givesUp()).isTrue();
        assertThat(RetryPolicy.decide(html(1), new SendFailure(Kind.PERMANENT, Duration.ZERO, 404)).givesUp()).isTrue();
    }
}
