package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.bot.activity.SuggestedAction;
import dk.unilogin.helper.bot.reading.Message;
import dk.unilogin.helper.knowledge.MatchResult;
import dk.unilogin.helper.knowledge.PassageMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * A new question, with the matcher's verdict the reader got for it: an answer, one clarifying
 * question when passages are close or the audience is unknown, the school's name typed
 * unasked, or the honest fallback. Further needs of the same message are offered as buttons.
 */
final class QuestionDialog {
    /** Further topics of one message offered as buttons; more would bury the answer. */
    private static final int MAX_OTHERS = 2;

    private final DialogKit kit;
    private final AnswerDialog answers;
    private final ClarifyDialog clarify;
    private final SchoolDialog school;
    private final FallbackDialog fallback;
    private final SmallTalkDialog smallTalk;

    QuestionDialog(DialogKit kit, AnswerDialog answers, ClarifyDialog clarify, SchoolDialog school,
            FallbackDialog fallback, SmallTalkDialog smallTalk) {
        this.kit = kit;
        this.answers = answers;
        this.clarify = clarify;
        this.school = school;
        this.fallback = fallback;
        this.smallTalk = smallTalk;
    }

    void onQuestion(TurnContext ctx, Message message) {
        MatchResult result = message.match();
        String question = result.part().isBlank() ? message.question() : result.part();
        String shown = follow(ctx, message.question(), question, result);
        if (shown != null) {
            offerTheOthers(ctx, result.alsoAsked(), shown);
        }
    }

    /** "Du spurgte også om …": a button for each further need the message states. */
    private void offerTheOthers(TurnContext ctx, List<MatchResult.AlsoAsked> others, String shown) {
        List<SuggestedAction> buttons = new ArrayList<>();
        others.stream().limit(MAX_OTHERS)
                .flatMap(a -> kit.passage(ctx, a.passageId()).stream())
                .filter(p -> !p.id().equals(shown))
                .forEach(p -> ButtonValue.of(ButtonValue.ANSWER, p.id()).button(p.title()).ifPresent(buttons::add));
        if (!buttons.isEmpty()) {
            ctx.send(kit.texts(ctx).alsoAsked(), buttons);
        }
    }

    /** Answers, asks or declines; returns the passage answered or first offered, or null when neither. */
    private String follow(TurnContext ctx, String text, String question, MatchResult result) {
        double confidence = result.best().map(PassageMatch::confidence).orElse(0.0);
        switch (result.decision()) {
            case ANSWER -> {
                String id = result.ranked().get(0).passageId();
                if (answers.answer(ctx, id, confidence, question)) {
                    return id;
                }
                fallback.fallback(ctx, confidence);
                return null;
            }
            case CLARIFY -> {
                return clarify.ask(ctx, result.offered(), confidence, question);
            }
            default -> {
                if (ctx.sensitiveDataRemoved()) {
                    // what is left around a removed secret ("her password is …") is no question to decline
                    smallTalk.nothingToRead(ctx);
                } else if (!school.onSchoolName(ctx, text)) {
                    fallback.fallback(ctx, confidence);
                }
                return null;
            }
        }
    }
}
