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
}
