package dk.unilogin.helper.app.telegram;

import dk.unilogin.helper.app.telegram.SendQueue.Pacing;
import dk.unilogin.helper.bot.TurnProcessor;
import dk.unilogin.helper.bot.TurnResult;
import dk.unilogin.helper.bot.activity.Activity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Handles one Telegram update from start to end: translates it, runs the bot's turn and queues
 * the replies. Whatever arrives, it returns normally; logs carry update ids and kinds, never text.
 */
final class TelegramUpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(TelegramUpdateHandler.class);
    static final String UNREADABLE_REPLY = "Jeg kan desværre kun læse tekst. Skriv dit spørgsmål med ord, "
            + "så hjælper jeg gerne. (I can only read text messages.)";

    private final UpdateTranslator translator;
    private final TurnProcessor turns;
    private final TelegramSender sender;

    TelegramUpdateHandler(UpdateTranslator translator, TurnProcessor turns, TelegramSender sender) {
        this.translator = translator;
        this.turns = turns;
        this.sender = sender;
    }

    void handle(Update update) {
        Integer id = update.getUpdateId();
        String kind = "unknown";
        try {
            Inbound inbound = translator.translate(update);
            kind = inbound.kind();
            log.debug("Telegram update {}: {}", id, kind);
            if (inbound instanceof Inbound.Turn turn) {
                if (turn.callbackQueryId() != null) {
                    acknowledge(turn.chatId(), turn.callbackQueryId());
                }
                runTurn(turn.chatId(), turn.activity(), turn.replyTo());
            } else if (inbound instanceof Inbound.Unreadable unreadable) {
                sender.send(unreadable.chatId(), SendMessage.builder().chatId(unreadable.chatId())
                        .text(UNREADABLE_REPLY).build(), Pacing.MESSAGE);
                if (unreadable.captionTurn() != null) {
                    runTurn(unreadable.chatId(), unreadable.captionTurn(), null);
                }
            } else if (inbound instanceof Inbound.End end) {
                turns.process(end.activity());
            } else if (inbound instanceof Inbound.AcknowledgeOnly ack) {
                acknowledge(0, ack.callbackQueryId());
            }
            // Inbound.Ignore: nothing to do.
        } catch (RuntimeException e) {
            // One bad update must not stop the channel; it is logged and counted as handled.
            log.error("Telegram update {} ({}) failed", id, kind, e);
        }
    }

    /** The user blocked the bot (a 403 on send): the conversation ends, nothing is sent. */
    void chatUnreachable(long chatId) {
        turns.process(UpdateTranslator.conversationEnd(chatId));
    }

    private void runTurn(long chatId, Activity activity, Integer replyTo) {
        sender.send(chatId, SendChatAction.builder().chatId(chatId).action(ActionType.TYPING.toString()).build(),
                Pacing.ACTION);
        TurnResult result = turns.process(activity);
        for (Activity reply : result.replies()) {
            for (SendMessage message : ReplyRenderer.render(chatId, reply)) {
                if (replyTo != null) {
                    // In a group the first answer quotes the question it answers.
                    message.setReplyParameters(ReplyParameters.builder().messageId(replyTo)
                            .allowSendingWithoutReply(true).build());
                    replyTo = null;
                }
                sender.send(chatId, message, Pacing.MESSAGE);
            }
        }
    }

    private void acknowledge(long chatId, String callbackQueryId) {
        if (callbackQueryId != null) {
            sender.send(chatId, AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build(), Pacing.CONTROL);
        }
    }
}
