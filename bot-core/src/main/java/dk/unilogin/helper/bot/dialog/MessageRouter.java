package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.state.DialogState;
import java.util.Optional;

/**
 * Reads a typed message, in this order: as the reply to what the bot just asked (school,
 * step, branch, clarification, "Hjalp det?"), as small talk, as a follow-up to the last
 * answer, and otherwise as a new question for the matcher.
 */
final class MessageRouter {
    /** Beyond this a message is cut before it is read at all; the question is in the first pages. */
    static final int MAX_READ_CHARS = 4000;

    private final DialogKit kit;
    private final StepWalkDialog walk;
    private final ClarifyDialog clarify;
    private final LeadOn leadOn;
    private final SchoolDialog school;
    private final WelcomeDialog welcome;
    private final FollowUpDialog followUps;
    private final QuestionDialog questions;
    private final NavigationDialog navigation;
    private final LanguageSwitchDialog languageSwitch;
    private final SmallTalk smallTalk = new SmallTalk();

    MessageRouter(DialogKit kit, StepWalkDialog walk, ClarifyDialog clarify, LeadOn leadOn, SchoolDialog school,
            WelcomeDialog welcome, FollowUpDialog followUps, QuestionDialog questions, NavigationDialog navigation,
            LanguageSwitchDialog languageSwitch) {
        this.kit = kit;
        this.walk = walk;
        this.clarify = clarify;
        this.leadOn = leadOn;
        this.school = school;
        this.welcome = welcome;
        this.followUps = followUps;
        this.questions = questions;
        this.navigation = navigation;
        this.languageSwitch = languageSwitch;
    }

    void onText(TurnContext ctx, String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.length() > MAX_READ_CHARS) {
            text = text.substring(0, MAX_READ_CHARS);
        }
        if (walk.onSecretRemoved(ctx, text)) {
            return;
        }
        text = yesOrNoByEmoji(ctx, text);
        if (Words.normalize(QuestionDialog.withoutRedactions(text)).isEmpty()) {
            ctx.send(kit.texts(ctx).emptyMessage(), welcome.topicButtons(ctx));
            ctx.trace(TurnOutcome.SMALL_TALK, null, 0);
            return;
        }
        if (navigation.onRestart(ctx, text) || languageSwitch.onText(ctx, text) || school.onText(ctx, text) || walk.onText(ctx, text)
                || navigation.onBack(ctx, text) || clarify.onText(ctx, text)
                || feedback(ctx, text) || smallTalk(ctx, text) || followUps.onText(ctx, text)) {
            return;
        }
        questions.onText(ctx, smallTalk.withoutGreeting(text));
    }

    /** 👍 or 👎 alone, where a yes or no is awaited, reads as "ja" or "nej"; other text is kept. */
    private static String yesOrNoByEmoji(TurnContext ctx, String text) {
        DialogState d = ctx.state().dialog();
        if (!d.is(DialogState.Mode.WALKING) && !d.is(DialogState.Mode.AWAITING_FEEDBACK)) {
            return text;
        }
        return EmojiReplies.meaning(text).orElse(text);
    }

    private boolean feedback(TurnContext ctx, String text) {
        DialogState d = ctx.state().dialog();
        if (!d.is(DialogState.Mode.AWAITING_FEEDBACK)) {
            return false;
        }
        String w = Words.normalize(text);
        if (Words.matchesAny(w, "ja", "yes", "ja tak", "jo", "ja det hjalp", "det hjalp", "yes it did", "it did",
                "yes thanks", "ja det gjorde", "ja det virkede", "det virkede", "it worked", "yep", "jep")) {
            walk.worked(ctx, d.passageId());
            return true;
        }
        if (Words.matchesAny(w, "nej", "no", "nope", "nej det hjalp ikke", "det hjalp ikke", "no it did not",
                "no it didnt", "nej desvaerre", "desvaerre ikke", "not really", "ikke rigtig")) {
            leadOn.notWorked(ctx, d.passageId());
            return true;
        }
        return false;
    }

    private boolean smallTalk(TurnContext ctx, String text) {
        Optional<SmallTalk.Kind> kind = smallTalk.classify(text);
        if (kind.isEmpty()) {
            return false;
        }
        Texts t = kit.texts(ctx);
        switch (kind.get()) {
            case GREETING -> ctx.send(t.greeting(), welcome.topicButtons(ctx));
            case THANKS -> ctx.send(t.thanks());
            case GOODBYE -> ctx.send(t.goodbye());
            case IDENTITY -> ctx.send(t.identity(), welcome.topicButtons(ctx));
            case ACKNOWLEDGE -> ctx.send(t.acknowledged(), welcome.topicButtons(ctx));
            case PRESENCE -> ctx.send(t.present(), welcome.topicButtons(ctx));
            case HUMAN -> ctx.send(t.noHumanHere() + kit.school(ctx).flatMap(s -> DialogKit.contact(s, ctx.language()))
                    .map(c -> "\n\n" + c).orElse(""));
            case CAPABILITIES -> {
                welcome.capabilities(ctx);
                return true;
            }
        }
        ctx.state(ctx.state().withFallbacksReset());
        ctx.trace(TurnOutcome.SMALL_TALK, null, 0);
        return true;
    }
}
