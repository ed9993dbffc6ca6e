package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.school.SchoolProfile;
import java.util.Optional;

/**
 * The honest "I cannot answer that": says what the bot can do and that the school is the next
 * step; the second time in a row it gives the school's contact, when the conversation knows it.
 */
final class FallbackDialog {
    private final DialogKit kit;
    private final WelcomeDialog welcome;
    private final SchoolDialog school;

    FallbackDialog(DialogKit kit, WelcomeDialog welcome, SchoolDialog school) {
        this.kit = kit;
        this.welcome = welcome;
        this.school = school;
    }

    void fallback(TurnContext ctx, double confidence) {
        PendingPrompt before = PendingPrompt.of(ctx.state());
        ctx.state(ctx.state().withFallback());
        if (before.outlivesAFallback()) {
            DialogKit.await(ctx, before);
        }
        Texts t = kit.texts(ctx);
        if (ctx.state().consecutiveFallbacks() < 2) {
            ctx.send(t.fallback(), welcome.topicButtons(ctx));
        } else {
            Optional<SchoolProfile> known = kit.school(ctx);
            Optional<String> contact = known.flatMap(s -> DialogKit.contact(s, ctx.language()));
            if (known.isPresent() && contact.isPresent()) {
                ctx.send(t.fallbackAgainWithSchool(known.get().name()) + "\n\n" + contact.get());
            } else {
                ctx.send(t.fallbackAgainNoSchool(), welcome.topicButtons(ctx));
                school.askOnce(ctx);
            }
        }
        ctx.trace(TurnOutcome.FALLBACK, null, confidence);
    }
}
