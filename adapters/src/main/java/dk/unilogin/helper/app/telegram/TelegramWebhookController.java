package dk.unilogin.helper.app.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Webhook mode: Telegram POSTs each update here with our secret in
 * {@code X-Telegram-Bot-Api-Secret-Token}. Anything without the right secret gets 401; an
 * update is read with the library's own {@link Update} type and handled before we answer 200.
 */
@RestController
@Conditional(TelegramConditions.WebhookEnabled.class)
class TelegramWebhookController {

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookController.class);
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

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
                                 @RequestBody(required = false) byte[] body) {
        if (givenSecret == null || !MessageDigest.isEqual(secret, givenSecret.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(401).build();
        }
        if (body == null || body.length == 0) {
            return ResponseEntity.badRequest().build();
        }
        Update update;
        try {
            update = json.readValue(body, Update.class);
        } catch (java.io.IOException | RuntimeException e) {
            log.warn("Telegram webhook body is not an update ({})", e.getClass().getSimpleName());
            return ResponseEntity.badRequest().build();
        }
        // 503 while starting or stopping: Telegram keeps the update and delivers it again.
        return channel.acceptWebhookUpdate(update) ? ResponseEntity.ok().build() : ResponseEntity.status(503).build();
    }
}
