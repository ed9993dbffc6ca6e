package dk.unilogin.helper.app.directline;

import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.activity.ChannelAccount;
import dk.unilogin.helper.bot.activity.SuggestedAction;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The bot's replies as Bot Framework message activities: Markdown text, and buttons as
 * {@code imBack} actions whose value is their title, so a pressed button shows its title as
 * the user's message (the title is mapped back to the bot's value when it comes in).
 */
final class ReplyActivities {
    private static final String IM_BACK = "imBack";
    private static final Pattern INDENTED_LINE = Pattern.compile(" *\n   (?=\\S)");

    private ReplyActivities() {
    }

    static DirectLineActivity of(Activity reply, DirectLineConversation conversation, String replyToId) {
        ChannelAccount bot = reply.from();
        List<DirectLineActivity.CardAction> actions = reply.suggestedActions().stream()
                .map(ReplyActivities::imBack).toList();
        return new DirectLineActivity("message", null, null, DirectLineActivity.CHANNEL_ID,
                new DirectLineActivity.ConversationRef(conversation.id()),
                new DirectLineActivity.Account(bot.id(), bot.name(), "bot"),
                new DirectLineActivity.Account(conversation.userId(), null, "user"),
                replyToId, reply.locale(), Activity.TEXT_FORMAT, withLineBreaks(reply.text()), null, null,
                actions.isEmpty() ? null : new DirectLineActivity.SuggestedActions(actions), null);
    }

    /**
     * The bot writes a step's choices and notes on indented lines of their own. Web Chat's
     * Markdown would run them into the step's line, so each gets a hard line break.
     */
    static String withLineBreaks(String markdown) {
        return INDENTED_LINE.matcher(markdown).replaceAll("  \n   ");
    }

    private static DirectLineActivity.CardAction imBack(SuggestedAction action) {
        return new DirectLineActivity.CardAction(IM_BACK, action.title(), action.title());
    }
}
