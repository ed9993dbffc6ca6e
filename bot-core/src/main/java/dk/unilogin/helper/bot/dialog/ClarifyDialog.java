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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Asks one short question when two passages are close or the audience is unknown, and reads
 * the reply: a button, a number, or free text such as "jeg er mor" or "min datter".
 */
final class ClarifyDialog {
    private static final int MAX_CANDIDATES = 3;
    /** Below this a free-text reply is not taken as a choice among the offered passages. */
    private static final double MIN_CHOICE_CONFIDENCE = 0.5;
    private static final int MIN_TITLE_WORD_LENGTH = 5;
    /** Title words every passage shares; naming them says nothing about which one is meant. */
    private static final Set<String> GENERIC_TITLE_WORDS = Words.setOf("unilogin", "sadan", "hvordan",
            "foraelder", "parent", "pupil", "login", "logge", "eller", "hvis", "what", "where", "there");

    private final DialogKit kit;
    private final AnswerDialog answers;
    private final ClarifyReplyReader replies;

    ClarifyDialog(DialogKit kit, AnswerDialog answers) {
        this.kit = kit;
        this.answers = answers;
        this.replies = new ClarifyReplyReader(kit.knowledge());
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
        OptionalInt place = ClarifyReplyReader.position(text, ids.size());
        if (place.isPresent()) {
            return answers.answer(ctx, ids.get(place.getAsInt()), 1.0, d.question());
        }
        if (replies.isNewQuestion(text, ids)) {
            return dropPending(ctx);
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
        if (cue.isEmpty() && !namesACandidate(words, candidates) && !choosesAmong(text, pool)) {
            return dropPending(ctx);
        }
        String context = d.question() == null ? text : text + " " + d.question();
        MatchResult among = kit.knowledge().matchAmong(context, pool);
        if (among.decision() == MatchDecision.NONE && cue.isEmpty()) {
            return dropPending(ctx);
        }
        Optional<PassageMatch> best = among.best();
        String chosen = best.map(PassageMatch::passageId).filter(pool::contains).orElse(pool.get(0));
        return answers.answer(ctx, chosen, best.map(PassageMatch::confidence).orElse(0.5), d.question());
    }

    /** The reply uses a distinctive word of a candidate's title, e.g. "brugernavnet" for the username guide. */
    private static boolean namesACandidate(String words, List<Passage> candidates) {
        Set<String> reply = Set.copyOf(Arrays.asList(words.split(" ")));
        return candidates.stream()
                .flatMap(p -> Arrays.stream(Words.normalize(p.title()).split(" ")))
                .filter(w -> w.length() >= MIN_TITLE_WORD_LENGTH && !GENERIC_TITLE_WORDS.contains(w))
                .anyMatch(w -> reply.stream().anyMatch(r -> r.length() >= MIN_TITLE_WORD_LENGTH
                        && (r.startsWith(w) || w.startsWith(r))));
    }

    /** The reply on its own, without the pending question, is close enough to one of the offered passages. */
    private boolean choosesAmong(String text, List<String> pool) {
        MatchResult among = kit.knowledge().matchAmong(text, pool);
        return among.decision() != MatchDecision.NONE
                && among.best().map(PassageMatch::confidence).orElse(0.0) >= MIN_CHOICE_CONFIDENCE;
    }

    /** The message is not a reply to the pending question: forget the question and read it afresh. */
    private static boolean dropPending(TurnContext ctx) {
        ctx.state(ctx.state().withDialog(DialogState.IDLE));
        return false;
    }
}
