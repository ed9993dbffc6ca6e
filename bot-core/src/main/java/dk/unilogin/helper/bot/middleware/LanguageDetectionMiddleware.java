package dk.unilogin.helper.bot.middleware;

import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.language.LanguageDetector;
import dk.unilogin.helper.knowledge.Language;

/**
 * Sets the conversation's language from what the user writes. Button presses and messages
 * without evidence keep the current language; an opening event may carry the channel's
 * locale, which is used only while the user has written nothing.
 */
public final class LanguageDetectionMiddleware implements Middleware {
    private final LanguageDetector detector;

    public LanguageDetectionMiddleware(LanguageDetector detector) {
        this.detector = detector;
    }

    @Override
    public void onTurn(TurnContext context, Runnable next) {
        Activity in = context.incoming();
        if (in.isMessage()) {
            detector.detect(in.text()).ifPresent(lang -> context.state(context.state().withLanguage(lang)));
        } else if (in.locale() != null && !context.state().languageFromText()) {
            context.state(context.state().withLanguage(Language.fromTag(in.locale()), false));
        }
        next.run();
    }
}
