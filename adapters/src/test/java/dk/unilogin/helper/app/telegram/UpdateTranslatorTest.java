package dk.unilogin.helper.app.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.unilogin.helper.bot.activity.Events;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

/** What each kind of Telegram update means for the bot, read from the JSON Telegram sends. */
class UpdateTranslatorTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final UpdateTranslator translator =
            new UpdateTranslator(new BotIdentity(FakeBotApi.BOT_ID, FakeBotApi.BOT_USERNAME));

    private Inbound translate(String body) throws Exception {
        return translator.translate(JSON.readValue("{\"update_id\":1," + body + "}", Update.class));
    }

    @Test
    void privateTextIsAMessageWithTheUsersLanguage() throws Exception {
        String body = TelegramUpdates.text(55, "I forgot my password").replace("\"language_code\":\"da\"",
                "\"language_code\":\"en\"");
        Inbound.Turn turn = (Inbound.Turn) translate(body);

        assertThat(turn.chatId()).isEqualTo(55);
        assertThat(turn.activity().conversationId()).isEqualTo("tg:55");
        assertThat(turn.activity().locale()).isEqualTo("en");
        assertThat(turn.activity().from().id()).isEqualTo("55");
    }

    @Test
    void startParameterMustBeAValidDeepLinkParameter() throws Exception {
        Inbound.Turn bad = (Inbound.Turn) translate(TelegramUpdates.text(55, "/start <script>"));
        assertThat(bad.activity().isEvent(Events.CONVERSATION_START)).isTrue();
        assertThat(bad.activity().value()).isNull();
    }

    @Test
    void unknownCommandInPrivateChatAsksForHelpButInAGroupItIsIgnored() throws Exception {
        assertThat(((Inbound.Turn) translate(TelegramUpdates.text(55, "/foo"))).activity().isEvent(Events.HELP)).isTrue();
        assertThat(translate(TelegramUpdates.textInGroup(-5, 7, "/foo"))).isInstanceOf(Inbound.Ignore.class);
        assertThat(translate(TelegramUpdates.textInGroup(-5, 7, "/start@OtherBot"))).isInstanceOf(Inbound.Ignore.class);
        assertThat(translate(TelegramUpdates.textInGroup(-5, 7, "/ny@" + FakeBotApi.BOT_USERNAME)))
                .isInstanceOfSatisfying(Inbound.Turn.class,
                        t -> assertThat(t.activity().isEvent(Events.CONVERSATION_RESTART)).isTrue());
    }

    @Test
    void groupReplyToTheBotIsAddressedToIt() throws Exception {
        String reply = TelegramUpdates.textInGroup(-5, 7, "og hvad så?").replace("\"text\":",
                "\"reply_to_message\":{\"message_id\":3,\"date\":1700000000,\"chat\":" + TelegramUpdates.groupChat(-5)
                        + ",\"from\":{\"id\":" + FakeBotApi.BOT_ID + ",\"is_bot\":true,\"first_name\":\"U\"}},\"text\":");
        assertThat(translate(reply)).isInstanceOfSatisfying(Inbound.Turn.class,
                t -> assertThat(t.activity().text()).isEqualTo("og hvad så?"));
    }

    @Test
    void photoWithCaptionGetsTheNoticeAndTheCaptionAsAQuestion() throws Exception {
        String photo = TelegramUpdates.photo(55).replace("\"photo\":", "\"caption\":\"virker ikke\",\"photo\":");
        assertThat(translate(photo)).isInstanceOfSatisfying(Inbound.Unreadable.class, u -> {
            assertThat(u.kind()).isEqualTo("photo");
            assertThat(u.captionTurn().text()).isEqualTo("virker ikke");
        });
    }

    @Test
    void everyOtherKindIsSilenceNeverAnError() throws Exception {
        assertThat(translate(TelegramUpdates.editedText(55, "x"))).isInstanceOf(Inbound.Ignore.class);
        assertThat(translate(TelegramUpdates.channelPost(-100, "x"))).isInstanceOf(Inbound.Ignore.class);
        assertThat(translate(TelegramUpdates.membersJoined(-5))).isInstanceOf(Inbound.Ignore.class);
        assertThat(translate("\"poll_answer\":{\"poll_id\":\"p\",\"option_ids\":[0]}")).isInstanceOf(Inbound.Ignore.class);
        assertThat(translator.translate(new Update())).isInstanceOf(Inbound.Ignore.class);
        assertThat(translate("\"callback_query\":{\"id\":\"q\",\"from\":" + TelegramUpdates.user(1, "da")
                + ",\"chat_instance\":\"c\",\"inline_message_id\":\"i\"}")).isInstanceOf(Inbound.AcknowledgeOnly.class);
        assertThat(translate(TelegramUpdates.blockedBot(55))).isInstanceOfSatisfying(Inbound.End.class,
                e -> assertThat(e.activity().isEvent(Events.CONVERSATION_END)).isTrue());
    }
}
