package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.knowledge.Language;

/**
 * "Can we do this in English?" / "på dansk, tak": switches the conversation's language and
 * shows the last answer again in it, or the welcome when there is none yet.
 */
final class LanguageSwitchDialog {
    private final AnswerDialog answers;
    private final WelcomeDialog welcome;

    LanguageSwitchDialog(AnswerDialog answers, WelcomeDialog welcome) {
        this.answers = answers;
        this.welcome = welcome;
    }

    void switchTo(TurnContext ctx, Language language) {
        ctx.state(ctx.state().withLanguage(language));
        String last = ctx.state().lastPassageId();
        if (last != null && answers.answer(ctx, last, 1.0, null)) {
            return;
        }
        welcome.welcome(ctx);
    }
}
