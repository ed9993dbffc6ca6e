package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.knowledge.Language;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Can we do this in English?" / "på dansk, tak": switches the conversation's language and
 * shows the last answer again in it, or the welcome when there is none yet.
 */
final class LanguageSwitchDialog {
    private static final int MAX_WORDS = 9;
    // a subject at school ("dansk", "english") is no request: a phrase, or the language's name alone
    private static final Pattern ENGLISH = Pattern.compile("(english|engelsk|.*\\b(in english|paa engelsk|"
            + "english please|speak english|engelsk tak)\\b.*)");
    private static final Pattern DANISH = Pattern.compile("(danish|dansk|.*\\b(in danish|paa dansk|danish please|"
            + "speak danish|dansk tak)\\b.*)");

    private final DialogKit kit;
    private final AnswerDialog answers;
    private final WelcomeDialog welcome;

    LanguageSwitchDialog(DialogKit kit, AnswerDialog answers, WelcomeDialog welcome) {
        this.kit = kit;
        this.answers = answers;
        this.welcome = welcome;
    }

    boolean onText(TurnContext ctx, String text) {
        Optional<Language> asked = requested(text);
        if (asked.isEmpty()) {
            return false;
        }
        ctx.state(ctx.state().withLanguage(asked.get()));
        String last = ctx.state().lastPassageId();
        if (last != null && answers.answer(ctx, last, 1.0, null)) {
            return true;
        }
        welcome.welcome(ctx);
        return true;
    }

    /** The language asked for by a short message that is about the language only. */
    static Optional<Language> requested(String text) {
        String w = Words.normalize(text);
        if (Words.count(w) > MAX_WORDS) {
            return Optional.empty();
        }
        if (ENGLISH.matcher(w).matches()) {
            return Optional.of(Language.EN);
        }
        if (DANISH.matcher(w).matches()) {
            return Optional.of(Language.DA);
        }
        return Optional.empty();
    }
}
