package dk.unilogin.helper.app.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.telegram.SendQueue.Job;
import dk.unilogin.helper.app.telegram.SendQueue.Pacing;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

class SendQueueTest {

    private static final long MS = 1_000_000;
    private final SendQueue queue = new SendQueue(1000 * MS, 34 * MS);

    private static Job message(long chat, String text) {
        return new Job(chat, SendMessage.builder().chatId(chat).text(text).build(), Pacing.MESSAGE, 1);
    }

    @Test
    void oneMessagePerSecondInAChatAndInOrder() {
        queue.add(message(1, "a"));
        queue.add(message(1, "b"));
        long t0 = 5_000 * MS;

        Job first = queue.take(t0);
        assertThat(queue.take(t0 + 100 * MS)).as("lane busy while in flight").isNull();
        queue.delivered(first, t0);

        assertThat(queue.take(t0 + 500 * MS)).as("too soon for the same chat").isNull();
        assertThat(queue.nanosUntilReady(t0 + 500 * MS)).isEqualTo(500 * MS);
        Job second = queue.take(t0 + 1000 * MS);
        assertThat(((SendMessage) second.method()).getText()).isEqualTo("b");
    }

    @Test
    void otherChatsGoMeanwhileButNoFasterThanTheGlobalRate() {
        queue.add(message(1, "a"));
        queue.add(message(1, "b"));
        queue.add(message(2, "c"));
        long t0 = 5_000 * MS;

        Job a = queue.take(t0);
        queue.delivered(a, t0);
        assertThat(queue.take(t0 + 10 * MS)).as("global interval").isNull();
        Job c = queue.take(t0 + 34 * MS);
        assertThat(c.chatId()).isEqualTo(2);
        queue.delivered(c, t0 + 34 * MS);
        assertThat(queue.size()).isEqualTo(1);
    }

    @Test
    void retryPausesTheChatAndKeepsTheMessageFirst() {
        queue.add(message(1, "a"));
        queue.add(message(1, "b"));
        long t0 = 5_000 * MS;

        Job a = queue.take(t0);
        queue.retryAt(a.nextAttempt(), t0 + 3_000 * MS);

        assertThat(queue.take(t0 + 2_000 * MS)).isNull();
        Job again = queue.take(t0 + 3_000 * MS);
        assertThat(((SendMessage) again.method()).getText()).isEqualTo("a");
        assertThat(again.attempt()).isEqualTo(2);
        assertThat(queue.size()).isEqualTo(2);
    }

    @Test
    void blockedChatDropsItsWholeQueue() {
        queue.add(message(1, "a"));
        queue.add(message(1, "b"));
        queue.add(message(2, "c"));

        Job a = queue.take(5_000 * MS);
        assertThat(queue.dropChat(a)).isEqualTo(1);
        assertThat(queue.size()).isEqualTo(1);
    }

    @Test
    void typingAndButtonAnswersDoNotWaitForTheGlobalMessageRate() {
        queue.add(message(1, "a"));
        queue.add(new Job(2, org.telegram.telegrambots.meta.api.methods.send.SendChatAction.builder().chatId(2L)
                .action("typing").build(), Pacing.ACTION, 1));
        queue.add(message(3, "c"));
        long t0 = 5_000 * MS;

        queue.delivered(queue.take(t0), t0);
        Job typing = queue.take(t0 + 1 * MS);
        assertThat(typing.pacing()).isEqualTo(Pacing.ACTION);
        assertThat(queue.take(t0 + 2 * MS)).as("the next message waits for the global interval").isNull();
        assertThat(queue.nanosUntilReady(t0 + 2 * MS)).isEqualTo(32 * MS);
    }
}
