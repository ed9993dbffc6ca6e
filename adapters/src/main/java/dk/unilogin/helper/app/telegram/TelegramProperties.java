package dk.unilogin.helper.app.telegram;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the Telegram channel ({@code bot.telegram.*}). The channel is on when a token is
 * set ({@code TELEGRAM_BOT_TOKEN} or {@code bot.telegram.token}).
 *
 * @param mode          how updates arrive: long polling (default) or a webhook of ours
 * @param baseUrl       the Bot API server; Telegram's own unless tests or a self-hosted server say otherwise
 * @param webhookSecret required in webhook mode: Telegram sends it in {@code X-Telegram-Bot-Api-Secret-Token}
 * @param webhookUrl    optional public address of our webhook; when set, it is registered at start-up
 * @param webhookPath   where our webhook endpoint listens
 * @param dataDir       where long polling keeps the id of the last fully handled update
 * @param username      the bot's @username without "@"; asked from Telegram (getMe) when not set
 * @param pollTimeout   long-polling timeout sent to getUpdates
 */
@ConfigurationProperties("bot.telegram")
public record TelegramProperties(
        String token,
        Mode mode,
        URI baseUrl,
        String webhookSecret,
        String webhookUrl,
        String webhookPath,
        Path dataDir,
        String username,
        Duration pollTimeout) {

    public static final URI TELEGRAM_API = URI.create("https://api.telegram.org");
    public static final String DEFAULT_WEBHOOK_PATH = "/telegram/webhook";

    public enum Mode { POLLING, WEBHOOK }

    public TelegramProperties {
        mode = mode == null ? Mode.POLLING : mode;
        baseUrl = baseUrl == null ? TELEGRAM_API : baseUrl;
        webhookPath = blank(webhookPath) ? DEFAULT_WEBHOOK_PATH : webhookPath;
        dataDir = dataDir == null ? Path.of("data", "telegram") : dataDir;
        pollTimeout = pollTimeout == null ? Duration.ofSeconds(50) : pollTimeout;
    }

    public boolean enabled() {
        return !blank(token);
    }

    /** The numeric id of the bot itself: a Bot API token starts with it ("123456:ABC..."). */
    public long botUserId() {
        int colon = token.indexOf(':');
        try {
            return Long.parseLong(colon > 0 ? token.substring(0, colon) : token);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        // Never print the token or the secret.
        return "TelegramProperties[mode=" + mode + ", baseUrl=" + baseUrl + ", webhookPath=" + webhookPath
                + ", dataDir=" + dataDir + "]";
    }
}
