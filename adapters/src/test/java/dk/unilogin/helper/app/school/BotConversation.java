package dk.unilogin.helper.app.school;

import dk.unilogin.helper.bot.TurnProcessor;
import dk.unilogin.helper.bot.TurnResult;
import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.activity.Events;
import java.util.UUID;
import java.util.stream.Collectors;

/** One test conversation with the application's bot: what the user says, what the bot answers (all replies joined). */
public final class BotConversation {
    private final TurnProcessor bot;
    private final String channel;
    private final String id = UUID.randomUUID().toString();

    public BotConversation(TurnProcessor bot, String channel) {
        this.bot = bot;
        this.channel = channel;
    }

    public String start(String schoolId) {
        return text(bot.process(Activity.event(channel, id, "user-" + id, Events.CONVERSATION_START, schoolId)));
    }

    public String say(String message) {
        return text(bot.process(Activity.userMessage(channel, id, "user-" + id, message)));
    }

    public TurnResult sayForResult(String message) {
        return bot.process(Activity.userMessage(channel, id, "user-" + id, message));
    }

    public String press(String value) {
        return text(bot.process(Activity.userValue(channel, id, "user-" + id, value)));
    }

    static String text(TurnResult result) {
        return result.replies().stream().map(a -> a.text() == null ? "" : a.text()).collect(Collectors.joining("\n"));
    }
}
