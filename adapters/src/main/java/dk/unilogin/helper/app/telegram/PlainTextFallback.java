package dk.unilogin.helper.app.telegram;

import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/**
 * When Telegram refuses a message's HTML (400 "can't parse entities"), the same message is sent
 * again as plain text rather than lost: tags removed, links written out, entities decoded.
 */
final class PlainTextFallback {

    private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]*)\">(.*?)</a>");
    private static final Pattern TAG = Pattern.compile("</?(b|i|u|s|code|pre)>");

    private PlainTextFallback() {
    }

    /** The plain-text twin of an HTML message, or null when the message was not HTML. */
    static SendMessage of(SendMessage message) {
        if (message.getParseMode() == null) {
            return null;
        }
        return SendMessage.builder()
                .chatId(message.getChatId())
                .text(toPlain(message.getText()))
                .replyMarkup(message.getReplyMarkup())
                .linkPreviewOptions(message.getLinkPreviewOptions())
                .build();
    }

    static String toPlain(String html) {
        String text = LINK.matcher(html).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                m.group(2).equals(m.group(1)) ? m.group(2) : m.group(2) + " (" + m.group(1) + ")"));
        text = TAG.matcher(text).replaceAll("");
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
