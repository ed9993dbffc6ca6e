package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.bot.reading.Reading;

/**
 * Decides what a message does, in one place and in this order:
 * <ol>
 *   <li>a pressed button does what it says ({@link ButtonRouter});</li>
 *   <li>interruptions, heard whatever is pending: start over, another language, a person;</li>
 *   <li>the pending prompt ({@link PendingPrompt}): the school's name, a step, a clarifying
 *       question, "Hjalp det?" — each read by the dialog that asked it;</li>
 *   <li>global intents: back, small talk, follow-ups to the last answer;</li>
 *   <li>otherwise a question for the guide.</li>
 * </ol>
 * The message was read once before ({@link Reading}); nothing here reads text.
 */
final class ConversationRouter {
    private final ButtonRouter buttons;
    private final StepWalkDialog walk;
    private final ClarifyDialog clarify;
    private final LeadOn leadOn;
    private final SchoolDialog school;
    private final NavigationDialog navigation;
    private final LanguageSwitchDialog languageSwitch;
    private final SmallTalkDialog smallTalk;
    private final FollowUpDialog followUps;
    private final QuestionDialog questions;

    ConversationRouter(ButtonRouter buttons, StepWalkDialog walk, ClarifyDialog clarify, LeadOn leadOn, SchoolDialog school,
            NavigationDialog navigation, LanguageSwitchDialog languageSwitch, SmallTalkDialog smallTalk,
            FollowUpDialog followUps, QuestionDialog questions) {
        this.buttons = buttons;
        this.walk = walk;
        this.clarify = clarify;
        this.leadOn = leadOn;
        this.school = school;
        this.navigation = navigation;
        this.languageSwitch = languageSwitch;
        this.smallTalk = smallTalk;
        this.followUps = followUps;
        this.questions = questions;
    }

    void onMessage(TurnContext ctx, Reading reading) {
        if (reading instanceof Reading.Pressed pressed) {
            buttons.onButton(ctx, pressed.value());
            return;
        }
        PendingPrompt pending = PendingPrompt.of(ctx.state());
        if (wordless(reading)) {
            // only a step or "Hjalp det?" reads a lone 👍, and a walk what is left of a removed secret
            if (!(pending.readsEmoji() && continuePending(ctx, pending, reading))) {
                smallTalk.nothingToRead(ctx);
            }
            return;
        }
        if (interruption(ctx, reading) || continuePending(ctx, pending, reading) || intent(ctx, reading)) {
            return;
        }
        questions.onQuestion(ctx, reading.message());
    }

    private static boolean wordless(Reading reading) {
        return reading instanceof Reading.Empty || (reading instanceof Reading.Yes y && y.byEmoji())
                || (reading instanceof Reading.No n && n.byEmoji());
    }

    private boolean interruption(TurnContext ctx, Reading reading) {
        if (reading instanceof Reading.Restart) {
            navigation.restart(ctx);
        } else if (reading instanceof Reading.SwitchLanguage s) {
            languageSwitch.switchTo(ctx, s.language());
        } else if (reading instanceof Reading.AskForPerson) {
            smallTalk.noPersonHere(ctx);
        } else {
            return false;
        }
        return true;
    }

    /** Offers the reading to what the bot waits for; true if it was the reply. */
    private boolean continuePending(TurnContext ctx, PendingPrompt pending, Reading reading) {
        if (pending instanceof PendingPrompt.SchoolName s) {
            return school.onReply(ctx, reading) || continuePending(ctx, s.beneath(), reading);
        }
        if (pending instanceof PendingPrompt.Walk w) {
            return walk.onReply(ctx, w, reading);
        }
        if (pending instanceof PendingPrompt.Clarification c) {
            return clarify.onReply(ctx, c, reading);
        }
        if (pending instanceof PendingPrompt.Feedback f) {
            return leadOn.onFeedback(ctx, f, reading);
        }
        return false;
    }

    private boolean intent(TurnContext ctx, Reading reading) {
        if (reading instanceof Reading.Back) {
            navigation.back(ctx);
        } else if (reading instanceof Reading.SmallTalk s) {
            smallTalk.reply(ctx, s.kind());
        } else if (reading instanceof Reading.Yes || reading instanceof Reading.No || reading instanceof Reading.Ok) {
            smallTalk.reply(ctx, Reading.SmallTalk.Kind.ACKNOWLEDGE);
        } else {
            return followUps.onReading(ctx, reading);
        }
        return true;
    }
}
