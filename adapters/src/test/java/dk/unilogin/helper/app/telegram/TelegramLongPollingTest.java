package dk.unilogin.helper.app.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.unilogin.helper.app.telegram.FakeBotApi.Call;
import dk.unilogin.helper.bot.TurnProcessor;
import dk.unilogin.helper.bot.UniloginBot;
import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.knowledge.ReloadableKnowledgeBase;
import dk.unilogin.helper.bot.activity.Events;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Telegram channel in long-polling mode, end to end over HTTP: the real TelegramBots client
 * and long-polling application against a fake Bot API server on 127.0.0.1.
 */
class TelegramLongPollingTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final long CHAT = 4242;
    /** The real bot over the bundled guide, for the tests that read its answers. */
    private static final TurnProcessor REAL_BOT = UniloginBot.builder()
            .knowledge(ReloadableKnowledgeBase.bundled()).build();

    @TempDir
    Path dataDir;

    private FakeBotApi telegram;
    private RecordingTurns turns;
    private SimpleMeterRegistry meters;
    private TelegramChannel channel;

    @BeforeEach
    void startTelegram() throws Exception {
        telegram = new FakeBotApi();
        turns = new RecordingTurns();
        meters = new SimpleMeterRegistry();
    }

    @AfterEach
    void stopTelegram() {
        if (channel != null) {
            channel.stop();
        }
        telegram.close();
    }

    private TelegramChannel startChannel() {
        TelegramChannel started = TelegramChannelFactory.create(properties(), turns, meters);
        started.start();
        return started;
    }

    private TelegramProperties properties() {
        return new TelegramProperties(FakeBotApi.TOKEN, TelegramProperties.Mode.POLLING, telegram.baseUrl(), null, null,
                null, dataDir, null, Duration.ofSeconds(1));
    }

    @Test
    void questionIsAnsweredByTheBotInHtmlWithAnInlineKeyboardAndItsSource() throws Exception {
        turns.delegate = REAL_BOT::process;
        channel = startChannel();
        telegram.addUpdate(1, TelegramUpdates.text(CHAT, "min søn har glemt sin adgangskode til unilogin"));

        List<Call> sent = telegram.await("sendMessage", c -> c.chatId() == CHAT && c.body().has("reply_markup"), 1, WAIT);
        assertThat(sent).isNotEmpty();
        JsonNode answer = sent.get(0).body();
        assertThat(answer.path("parse_mode").asText()).isEqualToIgnoringCase("HTML");
        assertThat(answer.path("text").asText()).contains("<b>").contains("<i>Kilde: ").doesNotContain("_Kilde")
                .containsOnlyOnce("Kilde: ");
        JsonNode keyboard = answer.path("reply_markup").path("inline_keyboard");
        assertThat(keyboard.size()).isPositive();
        assertThat(keyboard.findValuesAsText("callback_data"))
                .allSatisfy(data -> assertThat(data.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(64));

        Activity asked = turns.seen.get(0);
        assertThat(asked.channelId()).isEqualTo("telegram");
        assertThat(asked.conversationId()).isEqualTo("tg:" + CHAT);
        assertThat(asked.text()).isEqualTo("min søn har glemt sin adgangskode til unilogin");
        assertThat(asked.locale()).isEqualTo("da");
        assertThat(telegram.calls("sendChatAction")).anySatisfy(c -> {
            assertThat(c.chatId()).isEqualTo(CHAT);
            assertThat(c.body().path("action").asText()).isEqualTo("typing");
        });
    }

    @Test
    void pressingAButtonOfTheBotsAnswerIsAcknowledgedAndAnswered() throws Exception {
        turns.delegate = REAL_BOT::process;
        channel = startChannel();
        telegram.addUpdate(1, TelegramUpdates.text(CHAT, "min søn har glemt sin adgangskode til unilogin"));
        Call answer = telegram.await("sendMessage", c -> c.body().has("reply_markup"), 1, WAIT).get(0);
        String button = answer.body().path("reply_markup").path("inline_keyboard").get(0).get(0)
                .path("callback_data").asText();
        int before = telegram.messagesTo(CHAT).size();

        telegram.addUpdate(2, TelegramUpdates.buttonPress(CHAT, "cb-1", button));

        assertThat(telegram.await("answerCallbackQuery", c -> true, 1, WAIT)).singleElement()
                .satisfies(c -> assertThat(c.body().path("callback_query_id").asText()).isEqualTo("cb-1"));
        assertThat(telegram.await("sendMessage", c -> c.chatId() == CHAT, before + 1, WAIT)).hasSizeGreaterThan(before);
        assertThat(turns.seen.get(1).value()).isEqualTo(button);
    }

    @Test
    void htmlIsEscapedAndLinksAndSourceRendered() throws Exception {
        channel = startChannel();
        telegram.addUpdate(1, TelegramUpdates.text(CHAT, "min søn har glemt koden"));

        List<Call> sent = telegram.await("sendMessage", c -> c.chatId() == CHAT, 1, WAIT);
        assertThat(sent).hasSize(1);
        JsonNode message = sent.get(0).body();
        assertThat(message.path("text").asText())
                .startsWith("<b>Glemt adgangskode</b>")
                .contains("<a href=\"https://www.unilogin.dk/?a=1&amp;b=2\">Unilogin</a>")
                .contains("2. Vælg \"Glemt adgangskode\" &lt;her&gt;")
                .endsWith("<i>Kilde: Få en ny adgangskode</i>");
        JsonNode keyboard = message.path("reply_markup").path("inline_keyboard");
        assertThat(keyboard).hasSize(2);
        assertThat(keyboard.get(0).get(0).path("text").asText()).isEqualTo("Trin for trin");
        assertThat(keyboard.get(0).get(0).path("callback_data").asText()).isEqualTo("steps:glemt-kode");
    }

    @Test
    void commandMenuIsRegisteredAtStartUp() throws Exception {
        channel = startChannel();

        List<Call> registered = telegram.await("setMyCommands", c -> true, 2, WAIT);
        assertThat(registered).hasSize(2);
        assertThat(registered.get(0).body().path("commands").findValuesAsText("command"))
                .containsExactly("start", "hjaelp", "ny");
        assertThat(registered.get(1).body().path("language_code").asText()).isEqualTo("en");
    }

    @Test
    void startWithDeepLinkParameterStartsTheConversationForThatSchool() throws Exception {
        channel = startChannel();
        telegram.addUpdate(1, TelegramUpdates.text(CHAT, "/start demo-skole"));
        telegram.addUpdate(2, TelegramUpdates.text(CHAT + 1, "/start"));
        telegram.addUpdate(3, TelegramUpdates.text(CHAT + 2, "/ny"));
        telegram.addUpdate(4, TelegramUpdates.text(CHAT + 3, "/hjaelp@" + FakeBotApi.BOT_USERNAME));

        telegram.await("sendMessage", c -> true, 4, WAIT);
        assertThat(turns.seenIn("tg:" + CHAT)).singleElement().satisfies(a -> {
            assertThat(a.isEvent(Events.CONVERSATION_START)).isTrue();
            assertThat(a.value()).isEqualTo("demo-skole");
        });
        assertThat(turns.seenIn("tg:" + (CHAT + 1))).singleElement().satisfies(a -> {
            assertThat(a.isEvent(Events.CONVERSATION_START)).isTrue();
            assertThat(a.value()).isNull();
        });
        assertThat(turns.seenIn("tg:" + (CHAT + 2))).singleElement()
                .satisfies(a -> assertThat(a.isEvent(Events.CONVERSATION_RESTART)).isTrue());
        assertThat(turns.seenIn("tg:" + (CHAT + 3))).singleElement()
                .satisfies(a -> assertThat(a.isEvent(Events.HELP)).isTrue());
    }

    @Test
    void photoAndStickerGetAKindReplyThatOnlyTextIsRead() throws Exception {
        channel = startChannel();
        telegram.addUpdate(1, TelegramUpdates.photo(CHAT));
        telegram.addUpdate(2, TelegramUpdates.sticker(CHAT + 1));

        assertThat(telegram.await("sendMessage", c -> true, 2, WAIT))
                .extracting(Call::text)
                .containsOnly(TelegramUpdateHandler.UNREADABLE_REPLY);
        assertThat(turns.seen).isEmpty();
    }

    @Test
    void updatesAreFetchedOnlyOnceTheBotKnowsItsUsername() throws Exception {
        channel = startChannel();
        // Registering the poller begins with deleteWebhook; getUpdates follows it.
        Call pollerRegistered = telegram.await("deleteWebhook", c -> true, 1, WAIT).get(0);
        Call getMe = telegram.await("getMe", c -> true, 1, WAIT).get(0);
        assertThat(pollerRegistered.atNanos()).isGreaterThan(getMe.atNanos());
    }

    @Test
    void groupMessageNotAddressedToTheBotIsIgnoredButAMentionIsAnswered() throws Exception {
        long group = -100200300L;
        channel = startChannel();
        telegram.await("getMe", c -> true, 1, WAIT);
        telegram.addUpdate(1, TelegramUpdates.textInGroup(group, 11, "har nogen set min datters madpakke?"));
        telegram.addUpdate(2, TelegramUpdates.membersJoined(group));
        telegram.addUpdate(3, TelegramUpdates.textInGroup(group, 12, "@" + FakeBotApi.BOT_USERNAME + " glemt kode"));

        assertThat(telegram.await("sendMessage", c -> c.chatId() == group, 1, WAIT)).singleElement()
                .satisfies(c -> assertThat(c.body().path("reply_parameters").path("message_id").asInt()).isPositive());
        assertThat(turns.seenIn("tg:" + group)).singleElement()
                .satisfies(a -> assertThat(a.text()).isEqualTo("glemt kode"));
        Thread.sleep(300);
        assertThat(telegram.messagesTo(group)).hasSize(1);
    }

    @Test
    void editsChannelPostsAndJoinsGetSilence() throws Exception {
        channel = startChannel();
        telegram.addUpdate(1, TelegramUpdates.editedText(CHAT, "rettet"));
        telegram.addUpdate(2, TelegramUpdates.channelPost(-100999L, "nyhed"));
        telegram.addUpdate(3, TelegramUpdates.membersJoined(-100777L));
        telegram.addUpdate(4, TelegramUpdates.text(CHAT, "hej"));

        assertThat(telegram.await("sendMessage", c -> true, 1, WAIT)).singleElement()
                .satisfies(c -> assertThat(c.chatId()).isEqualTo(CHAT));
        assertThat(turns.seen).hasSize(1);
    }

    @Test
    void throttledMessageWaitsRetryAfterThenIsDeliveredOnce() throws Exception {
        telegram.failNext("sendMessage", 1, 429,
                "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
                        + "\"parameters\":{\"retry_after\":1}}");
        channel = startChannel();
        telegram.addUpdate(1, TelegramUpdates.text(CHAT, "hjælp"));

        List<Call> attempts = telegram.await("sendMessage", c -> c.chatId() == CHAT, 2, WAIT);
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(1).text()).isEqualTo(attempts.get(0).text());
        assertThat(Duration.ofNanos(attempts.get(1).atNanos() - attempts.get(0).atNanos()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
        Thread.sleep(500);
        assertThat(telegram.messagesTo(CHAT)).hasSize(2);
    }

    @Test
    void serverErrorsAreRetriedWithBackoffUntilDelivered() throws Exception {
        telegram.failNext("sendMessage", 1, 500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
        telegram.failNext("sendMessage", 1, 502, "<html><body>502 Bad Gateway</body></html>");
        channel = startChannel();
        telegram.addUpdate(1, TelegramUpdates.text(CHAT, "hjælp"));

        List<Call> attempts = telegram.await("sendMessage", c -> c.chatId() == CHAT, 3, WAIT);
        assertThat(attempts).hasSize(3);
        assertThat(attempts).extracting(Call::text).containsOnly(attempts.get(0).text());
        Thread.sleep(500);
        assertThat(telegram.messagesTo(CHAT)).hasSize(3);
        assertThat(meters.get("telegram.send.queue.depth").gauge().value()).isZero();
    }

    @Test
    void blockedBotEndsTheConversation() throws Exception {
        channel = startChannel();
        telegram.failNext("sendMessage", 1, 403, "{\"ok\":false,\"error_code\":403,"
                + "\"description\":\"Forbidden: bot was blocked by the user\"}");
        telegram.addUpdate(1, TelegramUpdates.text(CHAT, "hej"));
        telegram.addUpdate(2, TelegramUpdates.blockedBot(CHAT + 1));

        long deadline = System.nanoTime() + WAIT.toNanos();
        while (turns.seen.stream().filter(a -> a.isEvent(Events.CONVERSATION_END)).count() < 2
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(turns.seenIn("tg:" + CHAT)).extracting(Activity::name).containsExactly(null, Events.CONVERSATION_END);
        assertThat(turns.seenIn("tg:" + (CHAT + 1))).extracting(Activity::name).containsExactly(Events.CONVERSATION_END);
        assertThat(telegram.messagesTo(CHAT)).hasSize(1);
        assertThat(telegram.messagesTo(CHAT + 1)).isEmpty();
    }

    @Test
    void restartInTheMiddleNeitherLosesNorRepeatsAnUpdate() throws Exception {
        CountDownLatch inThird = new CountDownLatch(1);
        CountDownLatch releaseThird = new CountDownLatch(1);
        turns.delegate = activity -> {
            if ("tredje".equals(activity.text())) {
                inThird.countDown();
                try {
                    releaseThird.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return RecordingTurns.guideAnswer(activity);
        };
        String[] words = {"første", "anden", "tredje", "fjerde", "femte", "sjette"};
        for (int i = 0; i < words.length; i++) {
            telegram.addUpdate(101 + i, TelegramUpdates.text(CHAT + i, words[i]));
        }
        channel = startChannel();
        assertThat(inThird.await(10, TimeUnit.SECONDS)).isTrue();

        // Shut down while the third update is being handled; the rest of the batch is fetched but not handled.
        TelegramChannel first = channel;
        Thread stopping = new Thread(first::stop);
        stopping.start();
        Thread.sleep(200);
        releaseThird.countDown();
        stopping.join(15_000);
        assertThat(turns.seen).extracting(Activity::text).containsExactly("første", "anden", "tredje");
        assertThat(telegram.await("sendMessage", c -> true, 3, WAIT)).hasSize(3);

        channel = startChannel();
        telegram.await("sendMessage", c -> true, 6, WAIT);
        Thread.sleep(500);

        assertThat(turns.seen).extracting(Activity::text).containsExactly(words);
        for (int i = 0; i < words.length; i++) {
            assertThat(telegram.messagesTo(CHAT + i)).as("replies to update %d", 101 + i).hasSize(1);
        }
        assertThat(telegram.pendingUpdateCount()).isZero();
    }

    @Test
    void htmlRefusedByTelegramIsSentAgainAsPlainText() throws Exception {
        telegram.failNext("sendMessage", 1, 400,
                "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: can't parse entities\"}");
        channel = startChannel();
        telegram.addUpdate(1, TelegramUpdates.text(CHAT, "hjælp"));

        List<Call> attempts = telegram.await("sendMessage", c -> c.chatId() == CHAT, 2, WAIT);
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(1).body().has("parse_mode")).isFalse();
        assertThat(attempts.get(1).text()).startsWith("Glemt adgangskode\n\n1. Gå til Unilogin (https://www.unilogin.dk/?a=1&b=2)");
        assertThat(attempts.get(1).body().path("reply_markup").path("inline_keyboard")).hasSize(2);
    }

    @Test
    void severalRepliesToOneChatLeaveAtMostOnePerSecond() throws Exception {
        turns.delegate = activity -> {
            var one = RecordingTurns.guideAnswer(activity);
            return new dk.unilogin.helper.bot.TurnResult(List.of(one.replies().get(0), one.replies().get(0)), one.trace());
        };
        channel = startChannel();
        telegram.addUpdate(1, TelegramUpdates.text(CHAT, "hjælp"));
        telegram.addUpdate(2, TelegramUpdates.text(CHAT + 1, "hjælp"));

        List<Call> sent = telegram.await("sendMessage", c -> true, 4, WAIT);
        List<Call> toChat = sent.stream().filter(c -> c.chatId() == CHAT).toList();
        assertThat(toChat).hasSize(2);
        assertThat(Duration.ofNanos(toChat.get(1).atNanos() - toChat.get(0).atNanos()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(990));
        List<Call> toOther = sent.stream().filter(c -> c.chatId() == CHAT + 1).toList();
        assertThat(toOther.get(0).atNanos()).as("another chat does not wait for the first")
                .isLessThan(toChat.get(1).atNanos());
    }

    @Test
    void manyChatsAtOnceAreAllAnsweredAtNoMoreThanThirtyMessagesASecond() throws Exception {
        int chats = 75;
        channel = startChannel();
        for (int i = 0; i < chats; i++) {
            telegram.addUpdate(1 + i, TelegramUpdates.text(10_000 + i, "hjælp"));
        }

        List<Call> sent = telegram.await("sendMessage", c -> true, chats, Duration.ofSeconds(20));

        assertThat(sent).hasSize(chats);
        assertThat(sent).extracting(Call::chatId).doesNotHaveDuplicates();
        // 30 intervals of 1/30 s make a second; allow scheduling jitter at the receiving end.
        for (int i = 0; i + 30 < sent.size(); i++) {
            assertThat(Duration.ofNanos(sent.get(i + 30).atNanos() - sent.get(i).atNanos()))
                    .as("31 messages in a row").isGreaterThanOrEqualTo(Duration.ofMillis(900));
        }
    }
}
