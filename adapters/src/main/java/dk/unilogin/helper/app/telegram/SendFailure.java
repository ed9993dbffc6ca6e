package dk.unilogin.helper.app.telegram;

import java.time.Duration;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** What a failed Bot API call means for delivery: wait and retry, back off, give up, or the chat is gone. */
record SendFailure(Kind kind, Duration retryAfter, int errorCode) {

    enum Kind {
        /** 429: Telegram says how long to wait. */
        THROTTLED,
        /** 5xx, a network error or an unreadable answer: worth another try later. */
        TRANSIENT,
        /** 403: the user blocked the bot or it was removed from the chat. */
        BLOCKED,
        /** Any other refusal (400 and friends): retrying cannot help. */
        PERMANENT
    }

    static SendFailure classify(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException request && request.getErrorCode() != null
                && request.getErrorCode() != 0) {
            int code = request.getErrorCode();
            if (code == 429) {
                Integer seconds = request.getParameters() == null ? null : request.getParameters().getRetryAfter();
                return new SendFailure(Kind.THROTTLED, Duration.ofSeconds(seconds == null ? 1 : Math.max(0, seconds)), code);
            }
            if (code == 403) {
                return new SendFailure(Kind.BLOCKED, Duration.ZERO, code);
            }
            if (code >= 500) {
                return new SendFailure(Kind.TRANSIENT, Duration.ZERO, code);
            }
            return new SendFailure(Kind.PERMANENT, Duration.ZERO, code);
        }
        // No Bot API error: the connection failed or the answer was not JSON (a proxy's 502 page).
        return new SendFailure(Kind.TRANSIENT, Duration.ZERO, 0);
    }
}
