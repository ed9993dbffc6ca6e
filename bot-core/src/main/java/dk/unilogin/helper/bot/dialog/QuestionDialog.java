package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.activity.SuggestedAction;
import dk.unilogin.helper.knowledge.MatchResult;
import dk.unilogin.helper.bot.privacy.Redactor;
import dk.unilogin.helper.knowledge.PassageMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A new question for the matcher: an answer, one clarifying question when passages are close or
 * the audience is unknown, the school's name typed unasked, or the honest fallback.
 */
final class QuestionDialog {
    /** Further topics of one message offered as buttons; more would bury the answer. */
    private static final int MAX_OTHERS = 2;

    private final DialogKit kit;
    private final AnswerDialog answers;
    private final ClarifyDialog clarify;
    private final SchoolDialog school;
    private final FallbackDialog fallback;
    private final WelcomeDialog welcome;

    QuestionDialog(DialogKit kit, AnswerDialog answers, ClarifyDialog clarify, SchoolDialog school,
            FallbackDialog fallback, WelcomeDialog welcome) {
        this.kit = kit;
        this.answers = answers;
        this.clarify = clarify;
        this.school = school;
        this.fallback = fallback;
        this.welcome = welcome;
    }

    /**
     * Asks the knowledge base once: it reads the whole message, finds the part that states the
     * need and who writes, and says whether to answer, ask which passage is meant, or decline.
     */
    void onText(TurnContext ctx, String message) {
        String text = withoutRedactions(message);
        MatchResult result = kit.knowledge().match(text);
        String question = result.part().isBlank() ? text : result.part();
        follow(ctx, text, question, result);
        TurnOutcome first = ctx.trace().outcome();
        if (first == TurnOutcome.ANSWER || first == TurnOutcome.CLARIFY) {
            offerTheOthers(ctx, result.alsoAsked());
        }
    }

    /** "Du spurgte også om …": a button for each further need the message states. */
    private void offerTheOthers(TurnContext ctx, List<MatchResult.AlsoAsked> others) {
        List<SuggestedAction> buttons = new ArrayList<>();
        others.stream().limit(MAX_OTHERS)
                .flatMap(a -> kit.passage(ctx, a.passageId()).stream())
                .filter(p -> !p.id().equals(ctx.trace().passageId()))
                .forEach(p -> ButtonValue.of(ButtonValue.ANSWER, p.id()).button(p.title()).ifPresent(buttons::add));
        if (!buttons.isEmpty()) {
            ctx.send(kit.texts(ctx).alsoAsked(), buttons);
        }
    }

    private void follow(TurnContext ctx, String text, String question, MatchResult result) {
        double confidence = result.best().map(PassageMatch::confidence).orElse(0.0);
        switch (result.decision()) {
            case ANSWER -> {
                if (!answers.answer(ctx, result.ranked().get(0).passageId(), confidence, question)) {
                    fallback.fallback(ctx, confidence);
                }
            }
            case CLARIFY -> clarify.ask(ctx, result.offered(), confidence, question);
            case NONE -> {
                if (ctx.sensitiveDataRemoved()) {
                    // what is left around a removed secret ("her password is …") is no question to decline
                    ctx.send(kit.texts(ctx).emptyMessage(), welcome.topicButtons(ctx));
                    ctx.trace(TurnOutcome.SMALL_TALK, null, 0);
                } else if (!school.onSchoolName(ctx, text)) {
                    fallback.fallback(ctx, confidence);
                }
            }
        }
    }

    /** The masks the privacy guard left, and what introduced them ("cpr-nr. er"), say nothing to the matcher. */
    static String withoutRedactions(String text) {
        String unmasked = text.contains(Redactor.MASK) ? REDACTED.matcher(text).replaceAll(" ") : text;
        return WHITESPACE.matcher(unmasked).replaceAll(" ").strip();
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final Pattern REDACTED = Pattern.compile(
            "(?iu)(\\b(cpr|cpr-?nr\\.?|cpr-?nummer(et)?|personnummer(et)?)\\s*(er|is|:)?\\s*"
                    + "|\\s*\\b(er|is|was|var|hedder|bliver)\\s+|\\s*[:=]\\s*)?" + Pattern.quote(Redactor.MASK));
}
