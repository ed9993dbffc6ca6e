package dk.unilogin.helper.app.telegram;

import dk.unilogin.helper.bot.TurnProcessor;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import dk.unilogin.helper.app.store.RedisKeys;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/** Builds a {@link TelegramChannel} and its parts from the settings; used by Spring and by tests. */
final class TelegramChannelFactory {

    private TelegramChannelFactory() {
    }

    /**
     * With Redis shared by several instances: long polling keeps its offset there and runs on one
     * instance at a time (under a lease); webhook deliveries are told apart there, on every instance.
     */
    record Shared(StringRedisTemplate redis, RedisKeys keys, Duration lease) {
    }

    static TelegramChannel create(TelegramProperties properties, TurnProcessor turns, MeterRegistry meters) {
        return create(properties, turns, meters, null);
    }

    static TelegramChannel create(TelegramProperties properties, TurnProcessor turns, MeterRegistry meters,
                                  Shared shared) {
        if (properties.mode() == TelegramProperties.Mode.WEBHOOK && TelegramProperties.blank(properties.webhookSecret())) {
            throw new IllegalStateException("bot.telegram.webhook-secret must be set when bot.telegram.mode is webhook");
        }
        TelegramUrl url = telegramUrl(properties.baseUrl());
        var client = new OkHttpTelegramClient(sendingHttpClient(), properties.token(), url);
        var identity = new BotIdentity(properties.botUserId(), properties.username());
        var handlerRef = new TelegramUpdateHandler[1];
        var sender = TelegramSender.withTelegramLimits(client, chatId -> handlerRef[0].chatUnreachable(chatId));
        var handler = new TelegramUpdateHandler(new UpdateTranslator(identity), turns, sender);
        handlerRef[0] = handler;
        if (meters != null) {
            Gauge.builder("telegram.send.queue.depth", sender, TelegramSender::depth)
                    .description("Telegram calls waiting to be sent or in flight")
                    .register(meters);
        }
        PollingRunner polling = null;
        if (properties.mode() == TelegramProperties.Mode.POLLING && shared == null) {
            polling = new TelegramLongPolling(properties.token(), url, properties.pollTimeout(),
                    new UpdateOffsetStore(properties.dataDir()), handler::handle);
        } else if (properties.mode() == TelegramProperties.Mode.POLLING) {
            polling = new LeasedLongPolling(shared.redis(), shared.keys().telegramPollingLease(), shared.lease(),
                    () -> new TelegramLongPolling(properties.token(), url, properties.pollTimeout(),
                            new RedisUpdateOffsets(shared.redis(), shared.keys()), handler::handle));
        }
        WebhookDeliveries deliveries = shared == null ? new RecentWebhookDeliveries()
                : new RedisWebhookDeliveries(shared.redis(), shared.keys());
        return new TelegramChannel(properties, sender, handler, new TelegramStartup(client, sender, properties, identity),
                polling, deliveries);
    }

    /** The library's TelegramUrl from an address such as https://api.telegram.org or http://127.0.0.1:8081. */
    static TelegramUrl telegramUrl(URI base) {
        String scheme = base.getScheme() == null ? "https" : base.getScheme();
        int port = base.getPort() != -1 ? base.getPort() : "http".equals(scheme) ? 80 : 443;
        return new TelegramUrl(scheme, base.getHost(), port, false);
    }

    /** OkHttp's default dispatcher threads are not daemons and would keep the JVM alive after shutdown. */
    private static OkHttpClient sendingHttpClient() {
        var executor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "telegram-http");
                    thread.setDaemon(true);
                    return thread;
                });
        return new OkHttpClient.Builder()
                .dispatcher(new Dispatcher(executor))
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .writeTimeout(30, TimeUnit.SECONDS)
                .build();
    }
}
