package dk.unilogin.helper.app.telegram;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The Telegram channel as one running thing: the sender, the update handler, and either long
 * polling or (in webhook mode) the updates our endpoint passes in. Started and stopped with the
 * application; on stop it finishes the update in hand and sends what is queued.
 */
public final class TelegramChannel implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramChannel.class);

    private final TelegramProperties properties;
    private final TelegramSender sender;
    private final TelegramUpdateHandler handler;
    private final TelegramStartup startup;
    private final PollingRunner polling;
    private final WebhookDeliveries webhookDeliveries;
    private volatile boolean running;

    TelegramChannel(TelegramProperties properties, TelegramSender sender, TelegramUpdateHandler handler,
                    TelegramStartup startup, PollingRunner polling, WebhookDeliveries webhookDeliveries) {
        this.webhookDeliveries = webhookDeliveries;
        this.properties = properties;
        this.sender = sender;
        this.handler = handler;
        this.startup = startup;
        this.polling = polling;
    }

    @Override
    public void start() {
        sender.start();
        // Updates are fetched once the bot knows its @username, or it would ignore group mentions.
        startup.runInBackground(polling == null ? () -> { } : polling::start);
        running = true;
        log.info("Telegram is on ({} mode, API {})", properties.mode().name().toLowerCase(), properties.baseUrl());
    }

    @Override
    public void stop() {
        running = false;
        startup.cancel();
        if (polling != null) {
            polling.close();
        }
        sender.close(Duration.ofSeconds(10));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * A webhook delivery. Telegram may deliver an update again when our answer got lost: handled
     * once, whichever instance it reaches. Returns false while the channel is not running, so that
     * Telegram delivers it later; throws {@link dk.unilogin.helper.app.store.StoreUnavailableException}
     * while the shared store that tells deliveries apart is unreachable.
     */
    boolean acceptWebhookUpdate(Update update) {
        if (!running) {
            return false;
        }
        if (update.getUpdateId() != null && !webhookDeliveries.firstDelivery(update.getUpdateId())) {
            log.debug("Telegram update {} delivered again; ignored", update.getUpdateId());
            return true;
        }
        handler.handle(update);
        return true;
    }

    int sendQueueDepth() {
        return sender.depth();
    }

}
