package dk.unilogin.helper.app.telegram;

import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.activity.Events;
import java.util.Locale;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides what a Telegram update means for the bot and builds the channel-neutral
 * {@link Activity}. A chat is one conversation ({@code tg:<chatId>}); the user's
 * {@code language_code} becomes the activity's locale. Every kind of update maps to
 * something, so nothing Telegram sends can make the adapter fail.
 */
final class UpdateTranslator {

    static final String CHANNEL_ID = "telegram";
    /** What Telegram allows in a deep-link start parameter. */
    private static final Pattern DEEP_LINK_PARAMETER = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final BotIdentity bot;

    UpdateTranslator(BotIdentity bot) {
        this.bot = bot;
    }

    static String conversationId(long chatId) {
        return "tg:" + chatId;
    }

    Inbound translate(Update update) {
        if (update.getMessage() != null) {
            return message(update.getMessage());
        }
        if (update.getCallbackQuery() != null) {
            return buttonPress(update.getCallbackQuery());
        }
        if (update.getMyChatMember() != null) {
            return membership(update.getMyChatMember());
        }
        if (update.getEditedMessage() != null) {
            return new Inbound.Ignore("edited_message");
        }
        if (update.getChannelPost() != null || update.getEditedChannelPost() != null) {
            return new Inbound.Ignore("channel_post");
        }
        return new Inbound.Ignore("other");
    }

    private Inbound message(Message message) {
        if (message.getChat() == null || message.getChat().getId() == null) {
            return new Inbound.Ignore("message without chat");
        }
        User from = message.getFrom();
        if (from != null && Boolean.TRUE.equals(from.getIsBot())) {
            return new Inbound.Ignore("message from a bot");
        }
        String chatType = message.getChat().getType();
        if ("channel".equals(chatType)) {
            return new Inbound.Ignore("channel_post");
        }
        boolean group = !"private".equals(chatType);
        long chatId = message.getChat().getId();
        String text = message.getText();
        if (text != null && !text.isBlank()) {
            return text(message, chatId, group, text);
        }
        String media = mediaKind(message);
        if (media == null) {
            return new Inbound.Ignore(message.getNewChatMembers().isEmpty() ? "service message" : "members joined");
        }
        String caption = message.getCaption();
        if (group && !repliesToBot(message) && !mentionsBot(caption)) {
            return new Inbound.Ignore("group " + media + " not addressed to the bot");
        }
        Activity captionTurn = caption == null || stripMention(caption).isBlank() ? null
                : withLocale(Activity.userMessage(CHANNEL_ID, conversationId(chatId), userId(from, chatId),
                stripMention(caption)), from);
        return new Inbound.Unreadable(media, chatId, captionTurn);
    }

    private Inbound text(Message message, long chatId, boolean group, String text) {
        User from = message.getFrom();
        String user = userId(from, chatId);
        BotCommandLine command = BotCommandLine.parse(text);
        if (command != null && command.botName() != null && bot.username() != null && !bot.isNamed(command.botName())) {
            return new Inbound.Ignore("command for another bot");
        }
        if (group && command == null && !repliesToBot(message) && !mentionsBot(text)) {
            return new Inbound.Ignore("group message not addressed to the bot");
        }
        if (command != null) {
            Activity event = commandEvent(command, chatId, user, group);
            return event == null ? new Inbound.Ignore("unknown group command")
                    : new Inbound.Turn("command", chatId, withLocale(event, from), null, replyTo(message, group));
        }
        String cleaned = stripMention(text);
        Activity activity = cleaned.isBlank()
                ? Activity.event(CHANNEL_ID, conversationId(chatId), user, Events.HELP, null)
                : Activity.userMessage(CHANNEL_ID, conversationId(chatId), user, cleaned);
        return new Inbound.Turn("text", chatId, withLocale(activity, from), null, replyTo(message, group));
    }

    private Activity commandEvent(BotCommandLine command, long chatId, String user, boolean group) {
        String conversation = conversationId(chatId);
        return switch (command.name()) {
            case "start" -> Activity.event(CHANNEL_ID, conversation, user, Events.CONVERSATION_START,
                    DEEP_LINK_PARAMETER.matcher(command.argument()).matches() ? command.argument() : null);
            case "ny" -> Activity.event(CHANNEL_ID, conversation, user, Events.CONVERSATION_RESTART, null);
            case "hjaelp", "hjælp", "help" -> Activity.event(CHANNEL_ID, conversation, user, Events.HELP, null);
            // A command we do not know: in a private chat say what we can do; in a group it may be another bot's.
            default -> group && command.botName() == null ? null
                    : Activity.event(CHANNEL_ID, conversation, user, Events.HELP, null);
        };
    }

    private Inbound buttonPress(CallbackQuery query) {
        if (query.getMessage() == null || query.getMessage().getChatId() == null || query.getData() == null
                || query.getData().isEmpty()) {
            return new Inbound.AcknowledgeOnly("callback_query without data", query.getId());
        }
        long chatId = query.getMessage().getChatId();
        Activity activity = Activity.userValue(CHANNEL_ID, conversationId(chatId), userId(query.getFrom(), chatId),
                query.getData());
        return new Inbound.Turn("callback_query", chatId, withLocale(activity, query.getFrom()), query.getId(), null);
    }

    private Inbound membership(ChatMemberUpdated change) {
        if (change.getChat() == null || change.getNewChatMember() == null) {
            return new Inbound.Ignore("my_chat_member");
        }
        String status = change.getNewChatMember().getStatus();
        if (!"kicked".equals(status) && !"left".equals(status)) {
            return new Inbound.Ignore("my_chat_member " + status);
        }
        long chatId = change.getChat().getId();
        return new Inbound.End("my_chat_member " + status, chatId, Activity.event(CHANNEL_ID, conversationId(chatId),
                userId(change.getFrom(), chatId), Events.CONVERSATION_END, null));
    }

    private static Integer replyTo(Message message, boolean group) {
        return group ? message.getMessageId() : null;
    }

    static Activity conversationEnd(long chatId) {
        return Activity.event(CHANNEL_ID, conversationId(chatId), Long.toString(chatId), Events.CONVERSATION_END, null);
    }

    private boolean repliesToBot(Message message) {
        Message replied = message.getReplyToMessage();
        return replied != null && replied.getFrom() != null && replied.getFrom().getId() != null
                && replied.getFrom().getId() == bot.userId();
    }

    private boolean mentionsBot(String text) {
        String name = bot.username();
        return text != null && name != null
                && text.toLowerCase(Locale.ROOT).contains("@" + name.toLowerCase(Locale.ROOT));
    }

    private String stripMention(String text) {
        String name = bot.username();
        if (name == null) {
            return text.strip();
        }
        return Pattern.compile("@" + Pattern.quote(name) + "\\b", Pattern.CASE_INSENSITIVE)
                .matcher(text).replaceAll("").strip();
    }

    private static String mediaKind(Message m) {
        if (m.hasPhoto()) return "photo";
        if (m.hasSticker()) return "sticker";
        if (m.hasVoice()) return "voice";
        if (m.hasDocument()) return "document";
        if (m.hasVideo()) return "video";
        if (m.hasVideoNote()) return "video_note";
        if (m.hasAudio()) return "audio";
        if (m.hasAnimation()) return "animation";
        if (m.hasLocation() || m.getVenue() != null) return "location";
        if (m.hasContact()) return "contact";
        if (m.hasPoll()) return "poll";
        if (m.hasDice()) return "dice";
        return null;
    }

    private static String userId(User from, long chatId) {
        return from != null && from.getId() != null ? from.getId().toString() : Long.toString(chatId);
    }

    private static Activity withLocale(Activity activity, User from) {
        String code = from == null ? null : from.getLanguageCode();
        return code == null || code.isBlank() ? activity : activity.withLocale(code);
    }
}
