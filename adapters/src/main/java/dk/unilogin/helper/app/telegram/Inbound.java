package dk.unilogin.helper.app.telegram;

import dk.unilogin.helper.bot.activity.Activity;

/** What one Telegram update asks of the bot, decided by {@link UpdateTranslator}. */
sealed interface Inbound {

    /** A short name of the update's kind, safe to log (never the text). */
    String kind();

    /**
     * A turn for the bot; {@code callbackQueryId} is set when a button press must be acknowledged,
     * {@code replyTo} (a message id) in groups, so that the answer shows whom it answers.
     */
    record Turn(String kind, long chatId, Activity activity, String callbackQueryId, Integer replyTo)
            implements Inbound {
    }

    /** Something the bot cannot read (photo, sticker, voice ...): a kind reply, then the caption as a turn if any. */
    record Unreadable(String kind, long chatId, Activity captionTurn) implements Inbound {
    }

    /** The bot can no longer reach the chat (blocked, removed): end the conversation, reply nothing. */
    record End(String kind, long chatId, Activity activity) implements Inbound {
    }

    /** A button press the bot has nothing to do with, acknowledged so the client stops waiting. */
    record AcknowledgeOnly(String kind, String callbackQueryId) implements Inbound {
    }

    /** Nothing to do: edits, channel posts, service messages, group chatter not addressed to the bot. */
    record Ignore(String kind) implements Inbound {
    }
}
