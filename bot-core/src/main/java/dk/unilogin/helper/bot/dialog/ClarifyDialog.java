package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.activity.SuggestedAction;
import dk.unilogin.helper.bot.state.DialogState;
import dk.unilogin.helper.knowledge.MatchDecision;
import dk.unilogin.helper.knowledge.MatchResult;
import dk.unilogin.helper.knowledge.Passage;
import dk.unilogin.helper.knowledge.PassageMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Asks one short question when two passages are close or the audience is unknown, and reads
 * the reply: a button, a number, or free text such as "jeg er mor" or "min datter".
 */
final class ClarifyDialog {
    private static final int MAX_CANDIDATES = 3;

    private final DialogKit kit;
    private final AnswerDialog answers;

    ClarifyDialog(DialogKit kit, AnswerDialog answers) {
        this.kit = kit;
        this.answers = answers;
    }

    void ask(TurnContext ctx, List<String> candidateIds, double confidence, String question) {
        List<Passage> passages = candidateIds.stream().distinct().limit(MAX_CANDIDATES)
                .flatMap(id -> kit.passage(ctx, id).stream()).toList();
        Texts t = kit.texts(ctx);
        boolean audiences = passages.stream().map(ClarifyDialog::audienceKey).distinct().count() > 1;
        List<SuggestedAction> buttons = new ArrayList<>();
        passages.forEach(p -> ButtonValue.of(ButtonValue.ANSWER, p.id()).button(p.title()).ifPresent(buttons::add));
        ctx.send(audiences ? t.clarifyAudience() : t.clarifyWhich(), buttons);
        List<String> ids = passages.stream().map(Passage::id).toList();
        ctx.state(ctx.state().withFallbacksReset().withDialog(DialogState.clarifying(ids, question)));
        ctx.trace(TurnOutcome.CLARIFY, ids.isEmpty() ? null : ids.get(0), confidence);
    }

    /** Who a passage is for: parent, parent about the child, pupil, all. */
    static String audienceKey(Passage p) {
        return p.audience().name() + (AudienceCue.CHILD.fits(p) ? "/child" : "");
    }

    /** Reads a typed reply to the pending question; false if it is not one (a new question). */
    boolean onText(TurnContext ctx, String text) {
        DialogState d = ctx.state().dialog();
        if (!d.is(DialogState.Mode.CLARIFYING) || d.candidates().isEmpty()) {
            return false;
        }
        List<String> ids = d.candidates();
        String words = Words.normalize(text);
        if (words.matches("[1-9]") && Integer.parseInt(words) <= ids.size()) {
            return answers.answer(ctx, ids.get(Integer.parseInt(words) - 1), 1.0, d.question());
        }
        List<Passage> candidates = ids.stream().flatMap(id -> kit.passage(ctx, id).stream()).toList();
        Optional<AudienceCue> cue = AudienceCue.of(text);
        List<String> pool = ids;
        if (cue.isPresent()) {
            List<Passage> fitting = cue.get().fitting(candidates);
            if (fitting.size() == 1) {
                return answers.answer(ctx, fitting.get(0).id(), 1.0, d.question());
            }
            if (!fitting.isEmpty()) {
                pool = fitting.stream().map(Passage::id).toList();
            }
        }
        MatchResult alone = kit.knowledge().match(text);
        if (alone.decision() == MatchDecision.ANSWER && !ids.contains(alone.ranked().get(0).passageId())) {
            return false;
        }
        String context = d.question() == null ? text : text + " " + d.question();
        MatchResult among = kit.knowledge().matchAmong(context, pool);
        if (among.decision() == MatchDecision.NONE && cue.isEmpty()) {
            return false;
        }
        Optional<PassageMatch> best = among.best();
        String chosen = best.map(PassageMatch::passageId).filter(pool::contains).orElse(pool.get(0));
        return answers.answer(ctx, chosen, best.map(PassageMatch::confidence).orElse(0.5), d.question());
    }
}
