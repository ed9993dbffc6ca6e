package dk.unilogin.helper.app.telegram;

import dk.unilogin.helper.app.telegram.SendQueue.Pacing;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * What the channel tells Telegram once at start-up, in the background so that a slow or
 * unreachable Telegram never holds up the application: the command menu (setMyCommands, in
 * Danish and English), the webhook address when one is configured, and the bot's @username.
 */
final class TelegramStartup {

    private static final Logger log = LoggerFactory.getLogger(TelegramStartup.class);

    static final List<BotCommand> COMMANDS_DA = List.of(
            new BotCommand("start", "Start samtalen"),
            new BotCommand("hjaelp", "Hvad kan du hjælpe med?"),
            new BotCommand("ny", "Start forfra"));
    static final List<BotCommand> COMMANDS_EN = List.of(
            new BotCommand("start", "Start the conversation"),
            new BotCommand("help", "What can you help with?"),
            new BotCommand("ny", "Start over"));

    private final TelegramClient client;
    private final TelegramSender sender;
    private final TelegramProperties properties;
    private final BotIdentity identity;
    private volatile Thread worker;
    private volatile boolean cancelled;

    TelegramStartup(TelegramClient client, TelegramSender sender, TelegramProperties properties, BotIdentity identity) {
        this.client = client;
        this.sender = sender;
        this.properties = properties;
        this.identity = identity;
    }

    /**
     * Starts the work; {@code whenIdentified} runs once the bot's @username is known, since
     * until then a group message addressed to the bot cannot be told from one that is not.
     */
    void runInBackground(Runnable whenIdentified) {
        sender.send(0, SetMyCommands.builder().commands(COMMANDS_DA).build(), Pacing.CONTROL);
        sender.send(0, SetMyCommands.builder().commands(COMMANDS_EN).languageCode("en").build(), Pacing.CONTROL);
        Thread thread = new Thread(() -> run(whenIdentified), "telegram-startup");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    void cancel() {
        cancelled = true;
        Thread thread = worker;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run(Runnable whenIdentified) {
        if (properties.mode() == TelegramProperties.Mode.WEBHOOK && !TelegramProperties.blank(properties.webhookUrl())) {
            retry("setWebhook", () -> client.execute(SetWebhook.builder()
                    .url(properties.webhookUrl())
                    .secretToken(properties.webhookSecret())
                    .allowedUpdates(TelegramLongPolling.ALLOWED_UPDATES)
                    .build()));
        }
        if (identity.username() == null) {
            retry("getMe", () -> {
                User me = client.execute(new GetMe());
                identity.learnUsername(me.getUserName());
                log.info("Telegram bot is @{}", me.getUserName());
            });
        }
        if (!cancelled) {
            whenIdentified.run();
        }
    }

    private interface Call {
        void run() throws TelegramApiException;
    }

    private void retry(String what, Call call) {
        Duration wait = Duration.ofSeconds(1);
        while (!cancelled) {
            try {
                call.run();
                return;
            } catch (TelegramApiException | RuntimeException e) {
                if (cancelled) {
                    return; // the channel is stopping
                }
                log.warn("Telegram {} failed ({}); retrying in {} s", what, e.getMessage(), wait.toSeconds());
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException ie) {
                    return;
                }
                wait = wait.compareTo(Duration.ofSeconds(30)) >= 0 ? Duration.ofMinutes(1) : wait.multipliedBy(2);
            }
        }
    }
}
