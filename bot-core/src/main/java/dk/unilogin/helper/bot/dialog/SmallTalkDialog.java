package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.reading.Reading;

/** A kind word for greetings, thanks, "hvem er du?", a bare "ok", and for asking for a person. */
final class SmallTalkDialog {
    private final DialogKit kit;
    private final WelcomeDialog welcome;

    SmallTalkDialog(DialogKit kit, WelcomeDialog welcome) {
        this.kit = kit;
        this.welcome = welcome;
    }

    void reply(TurnContext ctx, Reading.SmallTalk.Kind kind) {
        Texts t = kit.texts(ctx);
        switch (kind) {
            case GREETING -> ctx.send(t.greeting(), welcome.topicButtons(ctx));
            case THANKS -> ctx.send(t.thanks());
            case GOODBYE -> ctx.send(t.goodbye());
            case IDENTITY -> ctx.send(t.identity(), welcome.topicButtons(ctx));
            case ACKNOWLEDGE -> ctx.send(t.acknowledged(), welcome.topicButtons(ctx));
            case PRESENCE -> ctx.send(t.present(), welcome.topicButtons(ctx));
            case CAPABILITIES -> {
                welcome.capabilities(ctx);
                return;
            }
        }
        done(ctx);
    }

    /** There is no person behind the bot: says so, with the school's contact when known. */
    void noPersonHere(TurnContext ctx) {
        ctx.send(kit.texts(ctx).noHumanHere() + kit.school(ctx).flatMap(s -> DialogKit.contact(s, ctx.language()))
                .map(c -> "\n\n" + c).orElse(""));
        done(ctx);
    }

    /** Nothing to read ("", only emoji, only what the privacy guard removed): asks for the question. */
    void nothingToRead(TurnContext ctx) {
        ctx.send(kit.texts(ctx).emptyMessage(), welcome.topicButtons(ctx));
        ctx.trace(TurnOutcome.SMALL_TALK, null, 0);
    }

    private static void done(TurnContext ctx) {
        ctx.state(ctx.state().withFallbacksReset());
        ctx.trace(TurnOutcome.SMALL_TALK, null, 0);
    }
}
