package dk.unilogin.helper.app.store;

/**
 * The names of every key the application writes in Redis, in one place. Keys carry ids only
 * (conversation ids, a client address for rate limits), never anything a user typed.
 */
public final class RedisKeys {
    private final String prefix;

    public RedisKeys(String prefix) {
        this.prefix = prefix == null ? "" : prefix;
    }

    /** Conversation state, by the bot's conversation key (channel and conversation id). */
    public String state(String conversationKey) {
        return prefix + "state:" + readable(conversationKey);
    }

    /** The lock that serializes the turns of one conversation. */
    public String turnLock(String conversationKey) {
        return prefix + "lock:" + readable(conversationKey);
    }

    /** An open web chat conversation (its token hash, school and language). */
    public String webConversation(String id) {
        return prefix + "web:" + id;
    }

    /** A Direct Line conversation (school, language, user id, whether it started, the buttons offered last). */
    public String directLineConversation(String id) {
        return prefix + "directline:conversation:" + id;
    }

    /** A Direct Line token or stream ticket, by the SHA-256 of the token (never the token). */
    public String directLineToken(String tokenHash) {
        return prefix + "directline:token:" + tokenHash;
    }

    /** The activities of a Direct Line conversation, scored by their sequence number (the watermark). */
    public String directLineActivities(String conversationId) {
        return prefix + "directline:activities:" + conversationId;
    }

    /** The pub/sub channel on which every instance announces appended activities (ids only). */
    public String directLineChannel() {
        return prefix + "directline:appended";
    }

    public String rateLimit(String bucket) {
        return prefix + "rate:" + bucket;
    }

    public String telegramOffset() {
        return prefix + "telegram:offset";
    }

    /** A Telegram update delivered to the webhook (its id only). */
    public String telegramUpdate(int updateId) {
        return prefix + "telegram:update:" + updateId;
    }

    public String telegramPollingLease() {
        return prefix + "telegram:polling-lease";
    }

    public String statePattern() {
        return prefix + "state:*";
    }

    /** The bot separates channel and conversation id with U+001F; a colon reads better in Redis. */
    private static String readable(String conversationKey) {
        return conversationKey.replace('\u001f', ':');
    }
}
