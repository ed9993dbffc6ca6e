package dk.unilogin.helper.app.telegram;

import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.activity.PassageRef;
import dk.unilogin.helper.bot.activity.SuggestedAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Renders one reply activity as Telegram messages: HTML text (split when too long), the source
 * passage under an answer (unless the text already names it), and the suggested actions as an
 * inline keyboard on the last part.
 */
final class ReplyRenderer {

    /** Room left for the source line under the last part. */
    private static final int SOURCE_RESERVE = 200;

    private ReplyRenderer() {
    }

    static List<SendMessage> render(long chatId, Activity reply) {
        if (!reply.isMessage() || reply.text() == null || reply.text().isBlank()) {
            return List.of();
        }
        List<String> parts = ReplySplitter.split(reply.text().strip(), ReplySplitter.TELEGRAM_LIMIT - SOURCE_RESERVE);
        List<SendMessage> messages = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            String html = TelegramHtml.render(parts.get(i));
            if (last && reply.source() != null && !reply.text().contains(reply.source().title())) {
                html += "\n\n" + sourceLine(reply.source(), reply.locale());
            }
            var message = SendMessage.builder()
                    .chatId(chatId)
                    .text(html)
                    .parseMode(ParseMode.HTML)
                    .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
            if (last && !reply.suggestedActions().isEmpty()) {
                message.replyMarkup(keyboard(reply.suggestedActions()));
            }
            messages.add(message.build());
        }
        return messages;
    }

    static String sourceLine(PassageRef source, String locale) {
        String label = locale != null && locale.startsWith("en") ? "Source" : "Kilde";
        return "<i>" + label + ": " + TelegramHtml.escape(source.title()) + "</i>";
    }

    /** One button per row: titles are sentences and phones are narrow. */
    static InlineKeyboardMarkup keyboard(List<SuggestedAction> actions) {
        var keyboard = InlineKeyboardMarkup.builder();
        for (SuggestedAction action : actions) {
            if (action.value().getBytes(StandardCharsets.UTF_8).length > SuggestedAction.MAX_VALUE_BYTES) {
                continue; // cannot happen for a valid SuggestedAction; Telegram would reject the whole message
            }
            keyboard.keyboardRow(new InlineKeyboardRow(InlineKeyboardButton.builder()
                    .text(action.title())
                    .callbackData(action.value())
                    .build()));
        }
        return keyboard.build();
    }
}
