package dk.unilogin.helper.app.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.unilogin.helper.app.store.StoreUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Webhook mode: Telegram POSTs each update here with our secret in
 * {@code X-Telegram-Bot-Api-Secret-Token}. Anything without the right secret gets 401 before a
 * byte of its body is read; a body over {@link #MAX_UPDATE_BYTES} gets 413. An update is read
 * with the library's own {@link Update} type and handled before we answer 200.
 */
@RestController
@Conditional(TelegramConditions.WebhookEnabled.class)
class TelegramWebhookController {

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookController.class);
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** An update is a message or two with their metadata, far below this. */
    static final int MAX_UPDATE_BYTES = 256 * 1024;

    /** Jackson 2, as the library's types are annotated for it; unknown fields from newer Bot APIs are skipped. */
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final TelegramChannel channel;
    private final byte[] secret;

    TelegramWebhookController(TelegramChannel channel, TelegramProperties properties) {
        this.channel = channel;
        this.secret = properties.webhookSecret().getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping("${bot.telegram.webhook-path:" + TelegramProperties.DEFAULT_WEBHOOK_PATH + "}")
    ResponseEntity<Void> receive(@RequestHeader(name = SECRET_HEADER, required = false) String givenSecret,
                                 HttpServletRequest request) throws IOException {
        // The secret first: nothing of a stranger's body is read.
        if (givenSecret == null || !MessageDigest.isEqual(secret, givenSecret.getBytes(StandardCharsets.UTF_8))) {
            return refuse(HttpStatus.UNAUTHORIZED);
        }
        if (request.getContentLengthLong() > MAX_UPDATE_BYTES) {
            return refuse(HttpStatus.CONTENT_TOO_LARGE);
        }
        byte[] body = request.getInputStream().readNBytes(MAX_UPDATE_BYTES + 1);
        if (body.length > MAX_UPDATE_BYTES) {
            return refuse(HttpStatus.CONTENT_TOO_LARGE);
        }
        if (body.length == 0) {
            return ResponseEntity.badRequest().build();
        }
        Update update;
        try {
            update = json.readValue(body, Update.class);
        } catch (IOException | RuntimeException e) {
            log.warn("Telegram webhook body is not an update ({})", e.getClass().getSimpleName());
            return ResponseEntity.badRequest().build();
        }
        // 503 while starting or stopping, or while Redis is unreachable: Telegram keeps the update
        // and delivers it again.
        boolean accepted;
        try {
            accepted = channel.acceptWebhookUpdate(update);
        } catch (StoreUnavailableException e) {
            log.warn("Telegram update not taken while the store is unreachable: {}", e.getMessage());
            accepted = false;
        }
        return accepted ? ResponseEntity.ok().build()
                : ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                        .header(HttpHeaders.RETRY_AFTER, Long.toString(StoreUnavailableException.RETRY_AFTER_SECONDS)).build();
    }

    /** Refused before the body was read: the connection is closed rather than drained. */
    private static ResponseEntity<Void> refuse(HttpStatus status) {
        return ResponseEntity.status(status).header(HttpHeaders.CONNECTION, "close").build();
    }
}
