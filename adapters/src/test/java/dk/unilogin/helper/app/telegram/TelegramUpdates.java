package dk.unilogin.helper.app.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Bodies of Telegram updates as the Bot API sends them (without update_id), for tests. */
final class TelegramUpdates {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TelegramUpdates() {
    }

    static String user(long id, String languageCode) {
        return "{\"id\":" + id + ",\"is_bot\":false,\"first_name\":\"Forælder\",\"language_code\":\"" + languageCode + "\"}";
    }

    static String privateChat(long id) {
        return "{\"id\":" + id + ",\"type\":\"private\",\"first_name\":\"Forælder\"}";
    }

    static String groupChat(long id) {
        return "{\"id\":" + id + ",\"type\":\"supergroup\",\"title\":\"Forældre 3.b\"}";
    }

    static String text(long chatId, String text) {
        return message(privateChat(chatId), user(chatId, "da"), "\"text\":" + quote(text));
    }

    static String textInGroup(long groupId, long userId, String text) {
        return message(groupChat(groupId), user(userId, "da"), "\"text\":" + quote(text));
    }

    static String photo(long chatId) {
        return message(privateChat(chatId), user(chatId, "da"),
                "\"photo\":[{\"file_id\":\"AgAD\",\"file_unique_id\":\"u1\",\"width\":90,\"height\":90}]");
    }

    static String sticker(long chatId) {
        return message(privateChat(chatId), user(chatId, "da"), "\"sticker\":{\"file_id\":\"CAAD\",\"file_unique_id\":\"s1\","
                + "\"type\":\"regular\",\"width\":512,\"height\":512,\"is_animated\":false,\"is_video\":false}");
    }

    static String editedText(long chatId, String text) {
        return "\"edited_message\":{\"message_id\":7,\"date\":1700000000,\"edit_date\":1700000100,\"chat\":"
                + privateChat(chatId) + ",\"from\":" + user(chatId, "da") + ",\"text\":" + quote(text) + "}";
    }

    static String channelPost(long channelId, String text) {
        return "\"channel_post\":{\"message_id\":8,\"date\":1700000000,\"chat\":{\"id\":" + channelId
                + ",\"type\":\"channel\",\"title\":\"Skolenyt\"},\"text\":" + quote(text) + "}";
    }

    static String membersJoined(long groupId) {
        return message(groupChat(groupId), user(77, "da"), "\"new_chat_members\":[" + user(78, "da") + "]");
    }

    static String buttonPress(long chatId, String callbackId, String data) {
        return "\"callback_query\":{\"id\":" + quote(callbackId) + ",\"from\":" + user(chatId, "da")
                + ",\"chat_instance\":\"ci-1\",\"data\":" + quote(data) + ",\"message\":{\"message_id\":1000,"
                + "\"date\":1700000000,\"chat\":" + privateChat(chatId) + ",\"text\":\"...\"}}";
    }

    static String blockedBot(long chatId) {
        return "\"my_chat_member\":{\"chat\":" + privateChat(chatId) + ",\"from\":" + user(chatId, "da")
                + ",\"date\":1700000000,\"old_chat_member\":{\"status\":\"member\",\"user\":{\"id\":" + FakeBotApi.BOT_ID
                + ",\"is_bot\":true,\"first_name\":\"Unilogin\"}},\"new_chat_member\":{\"status\":\"kicked\","
                + "\"until_date\":0,\"user\":{\"id\":" + FakeBotApi.BOT_ID + ",\"is_bot\":true,\"first_name\":\"Unilogin\"}}}";
    }

    private static String message(String chat, String from, String content) {
        return "\"message\":{\"message_id\":" + (int) (Math.random() * 1_000_000) + ",\"date\":1700000000,\"chat\":"
                + chat + ",\"from\":" + from + "," + content + "}";
    }

    static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
