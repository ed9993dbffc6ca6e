package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.activity.SuggestedAction;
import dk.unilogin.helper.bot.reading.AudienceCue;
import dk.unilogin.helper.bot.reading.Message;
import dk.unilogin.helper.bot.reading.PhraseReader;
import dk.unilogin.helper.bot.reading.PhraseKind;
import dk.unilogin.helper.bot.reading.Reading;
import dk.unilogin.helper.knowledge.MatchDecision;
import dk.unilogin.helper.knowledge.MatchResult;
import dk.unilogin.helper.knowledge.Passage;
import dk.unilogin.helper.knowledge.PassageMatch;
import dk.unilogin.helper.knowledge.TextFold;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Asks one short question when two passages are close or the audience is unknown, and reads
 * the reply ({@link PendingPrompt.Clarification}): a button, a number, or free text such as
 * "jeg er mor" or "min datter". A reply that asks something else drops the question.
 */
final class ClarifyDialog {
    private static final int MAX_CANDIDATES = 3;
    /** Below this a free-text reply is not taken as a choice among the offered passages. */
    private static final double MIN_CHOICE_CONFIDENCE = 0.5;
    private static final int MIN_TITLE_WORD_LENGTH = 5;
    /** Replies this short that name an audience are answers whatever else they say ("hun har glemt det"). */
    private static final int SHORT_REPLY_WORDS = 4;

    private final DialogKit kit;
    private final AnswerDialog answers;
    private final PhraseReader reader;

    ClarifyDialog(DialogKit kit, AnswerDialog answers, PhraseReader reader) {
        this.kit = kit;
        this.answers = answers;
        this.reader = reader;
    }

    /** Offers the first candidates; returns the first passage offered, or null. */
    String ask(TurnContext ctx, List<String> candidateIds, double confidence, String question) {
        List<Passage> passages = candidateIds.stream().distinct().limit(MAX_CANDIDATES)
                .flatMap(id -> kit.passage(ctx, id).stream()).toList();
        Texts t = kit.texts(ctx);
        boolean audiences = passages.stream().map(this::audienceKey).distinct().count() > 1;
        List<SuggestedAction> buttons = new ArrayList<>();
        passages.forEach(p -> ButtonValue.of(ButtonValue.ANSWER, p.id()).button(p.title()).ifPresent(buttons::add));
        ctx.send(audiences ? t.clarifyAudience() : t.clarifyWhich(), buttons);
        List<String> ids = passages.stream().map(Passage::id).toList();
        ctx.state(ctx.state().withFallbacksReset());
        DialogKit.await(ctx, new PendingPrompt.Clarification(ids, question));
        String first = ids.isEmpty() ? null : ids.get(0);
        ctx.trace(TurnOutcome.CLARIFY, first, confidence);
        return first;
    }

    /** Who a passage is for: parent, parent about the child, pupil, all. */
    private String audienceKey(Passage p) {
        return p.audience().name() + (AudienceCue.aboutChild(p, kit.phrases()) ? "/child" : "");
    }

    /** Reads a reply to the pending question; false if it is not one (then the question is dropped). */
    boolean onReply(TurnContext ctx, PendingPrompt.Clarification asked, Reading reading) {
        if (reading instanceof Reading.Back || reading instanceof Reading.Empty || isEmoji(reading)) {
            return false;
        }
        List<String> ids = asked.candidates();
        if (reading instanceof Reading.Pick pick && pick.index() < ids.size()) {
            return answers.answer(ctx, ids.get(pick.index()), 1.0, asked.question());
        }
        Message m = reading.message();
        if (isNewQuestion(m, ids)) {
            return dropped(ctx);
        }
        List<Passage> candidates = ids.stream().flatMap(id -> kit.passage(ctx, id).stream()).toList();
        Optional<AudienceCue> cue = m.audience();
        List<String> pool = ids;
        if (cue.isPresent()) {
            List<Passage> fitting = cue.get().fitting(candidates, kit.phrases());
            if (fitting.size() == 1) {
                return answers.answer(ctx, fitting.get(0).id(), 1.0, asked.question());
            }
            if (!fitting.isEmpty()) {
                pool = fitting.stream().map(Passage::id).toList();
            }
        }
        if (cue.isEmpty() && !namesACandidate(m.words(), candidates) && !choosesAmong(m.text(), pool)) {
            return dropped(ctx);
        }
        String context = asked.question() == null ? m.text() : m.text() + " " + asked.question();
        MatchResult among = kit.among(context, pool);
        if (among.decision() == MatchDecision.NONE && cue.isEmpty()) {
            return dropped(ctx);
        }
        Optional<PassageMatch> best = among.best();
        List<String> chosenFrom = pool;
        String chosen = best.map(PassageMatch::passageId).filter(chosenFrom::contains).orElse(pool.get(0));
        return answers.answer(ctx, chosen, best.map(PassageMatch::confidence).orElse(0.5), asked.question());
    }

    private static boolean isEmoji(Reading r) {
        return (r instanceof Reading.Yes y && y.byEmoji()) || (r instanceof Reading.No n && n.byEmoji());
    }

    /**
     * "min søn", "det er til mit barn" and "jeg er mor" answer "for you or for your child?";
     * "mit barn kan ikke logge på computeren" names the child too, but asks about something
     * else: with the audience words taken out, what is left is a question the matcher answers
     * confidently with a passage that was not offered.
     */
    private boolean isNewQuestion(Message m, List<String> offered) {
        boolean namesAudience = m.audience().isPresent();
        if (namesAudience && (m.wordCount() <= SHORT_REPLY_WORDS || onlyNamesAudience(m.words()))) {
            return false;
        }
        if (TextFold.words(m.withoutAudience()).isEmpty()) {
            return false;
        }
        MatchResult alone = m.matchWithoutAudience();
        return alone.decision() == MatchDecision.ANSWER && !offered.contains(alone.ranked().get(0).passageId());
    }

    private boolean onlyNamesAudience(String words) {
        return Arrays.stream(words.split(" ")).allMatch(w -> reader.isAudienceWord(w)
                || kit.phrases().allIn(PhraseKind.FRAMING_WORDS, w) || w.matches("\\d+"));
    }

    /** The reply uses a distinctive word of a candidate's title, e.g. "brugernavnet" for the username guide. */
    private boolean namesACandidate(String words, List<Passage> candidates) {
        Set<String> reply = Set.copyOf(Arrays.asList(words.split(" ")));
        return candidates.stream()
                .flatMap(p -> Arrays.stream(TextFold.words(p.title()).split(" ")))
                .filter(w -> w.length() >= MIN_TITLE_WORD_LENGTH && !kit.phrases().allIn(PhraseKind.GENERIC_TITLE_WORDS, w))
                .anyMatch(w -> reply.stream().anyMatch(r -> r.length() >= MIN_TITLE_WORD_LENGTH
                        && (r.startsWith(w) || w.startsWith(r))));
    }

    /** The reply on its own, without the pending question, is close enough to one of the offered passages. */
    private boolean choosesAmong(String text, List<String> pool) {
        MatchResult among = kit.among(text, pool);
        return among.decision() != MatchDecision.NONE
                && among.best().map(PassageMatch::confidence).orElse(0.0) >= MIN_CHOICE_CONFIDENCE;
    }

    /** The message is not a reply to the pending question: forget the question and read it afresh. */
    private static boolean dropped(TurnContext ctx) {
        DialogKit.await(ctx, new PendingPrompt.Nothing());
        return false;
    }
}
