package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.state.DialogState;
import dk.unilogin.helper.knowledge.Audience;
import dk.unilogin.helper.knowledge.MatchDecision;
import dk.unilogin.helper.knowledge.MatchResult;
import dk.unilogin.helper.knowledge.Passage;
import dk.unilogin.helper.knowledge.PassageMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a typed message, in this order: as the reply to what the bot just asked (school,
 * step, branch, clarification, "Hjalp det?"), as small talk, as a follow-up to the last
 * answer, and otherwise as a new question for the matcher.
 */
final class MessageRouter {
    /** Longer messages are cut before matching; nobody asks a help question in more. */
    static final int MAX_MATCHED_CHARS = 500;

    private final DialogKit kit;
    private final AnswerDialog answers;
    private final StepWalkDialog walk;
    private final ClarifyDialog clarify;
    private final LeadOn leadOn;
    private final SchoolDialog school;
    private final WelcomeDialog welcome;
    private final FallbackDialog fallback;
    private final SmallTalk smallTalk = new SmallTalk();
    private final FollowUps followUps = new FollowUps();

    MessageRouter(DialogKit kit, AnswerDialog answers, StepWalkDialog walk, ClarifyDialog clarify, LeadOn leadOn,
            SchoolDialog school, WelcomeDialog welcome, FallbackDialog fallback) {
        this.kit = kit;
        this.answers = answers;
        this.walk = walk;
        this.clarify = clarify;
        this.leadOn = leadOn;
        this.school = school;
        this.welcome = welcome;
        this.fallback = fallback;
    }

    void onText(TurnContext ctx, String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.length() > MAX_MATCHED_CHARS) {
            text = text.substring(0, MAX_MATCHED_CHARS);
        }
        if (Words.normalize(text).isEmpty()) {
            ctx.send(kit.texts(ctx).emptyMessage(), welcome.topicButtons(ctx));
            ctx.trace(TurnOutcome.SMALL_TALK, null, 0);
            return;
        }
        if (school.onText(ctx, text) || walk.onText(ctx, text) || clarify.onText(ctx, text)
                || feedback(ctx, text) || smallTalk(ctx, text) || followUp(ctx, text)) {
            return;
        }
        question(ctx, smallTalk.withoutGreeting(text));
    }

    private boolean feedback(TurnContext ctx, String text) {
        DialogState d = ctx.state().dialog();
        if (!d.is(DialogState.Mode.AWAITING_FEEDBACK)) {
            return false;
        }
        String w = Words.normalize(text);
        if (Words.matchesAny(w, "ja", "yes", "ja tak", "jo", "ja det hjalp", "det hjalp", "yes it did", "it did",
                "yes thanks", "ja det gjorde", "ja det virkede", "det virkede", "it worked", "yep", "jep")) {
            walk.worked(ctx, d.passageId());
            return true;
        }
        if (Words.matchesAny(w, "nej", "no", "nope", "nej det hjalp ikke", "det hjalp ikke", "no it did not",
                "no it didnt", "nej desvaerre", "desvaerre ikke", "not really", "ikke rigtig")) {
            leadOn.notWorked(ctx, d.passageId());
            return true;
        }
        return false;
    }

    private boolean smallTalk(TurnContext ctx, String text) {
        Optional<SmallTalk.Kind> kind = smallTalk.classify(text);
        if (kind.isEmpty()) {
            return false;
        }
        Texts t = kit.texts(ctx);
        switch (kind.get()) {
            case GREETING -> ctx.send(t.greeting(), welcome.topicButtons(ctx));
            case THANKS -> ctx.send(t.thanks());
            case GOODBYE -> ctx.send(t.goodbye());
            case IDENTITY -> ctx.send(t.identity(), welcome.topicButtons(ctx));
            case CAPABILITIES -> {
                welcome.capabilities(ctx);
                return true;
            }
        }
        ctx.state(ctx.state().withFallbacksReset());
        ctx.trace(TurnOutcome.SMALL_TALK, null, 0);
        return true;
    }

    private boolean followUp(TurnContext ctx, String text) {
        String last = ctx.state().lastPassageId();
        if (last == null) {
            return false;
        }
        Optional<FollowUps.Kind> kind = followUps.classify(text);
        if (kind.isEmpty()) {
            return false;
        }
        switch (kind.get()) {
            case STILL_NOT_WORKING -> leadOn.notWorked(ctx, last);
            case STEP_BY_STEP -> {
                if (!walk.show(ctx, last, 0, null)) {
                    return false;
                }
            }
            case WHAT_NOW -> {
                if (!walk.show(ctx, last, 0, null)) {
                    leadOn.notWorked(ctx, last);
                }
            }
            case AUDIENCE_SHIFT -> {
                return audienceShift(ctx, text, last);
            }
        }
        return true;
    }

    /** "og hvad med min datter?": the last question asked again for the person now named. */
    private boolean audienceShift(TurnContext ctx, String text, String last) {
        AudienceCue cue = AudienceCue.of(text).orElseThrow();
        Optional<Passage> lastPassage = kit.passage(ctx, last);
        if (lastPassage.isEmpty()) {
            return false;
        }
        if (cue.fits(lastPassage.get()) || lastPassage.get().audience() == Audience.ALLE) {
            return answers.answer(ctx, last, 1.0, null);
        }
        List<Passage> family = new ArrayList<>();
        family.add(lastPassage.get());
        lastPassage.get().related().forEach(id -> kit.passage(ctx, id).ifPresent(family::add));
        List<Passage> fitting = cue.fitting(family);
        if (fitting.isEmpty()) {
            return false;
        }
        String context = text + " " + (ctx.state().lastQuestion() == null ? lastPassage.get().title()
                : ctx.state().lastQuestion());
        List<String> ids = fitting.stream().map(Passage::id).toList();
        MatchResult among = fitting.size() == 1 ? null : kit.knowledge().matchAmong(context, ids);
        String chosen = among == null ? ids.get(0)
                : among.best().map(PassageMatch::passageId).filter(ids::contains).orElse(ids.get(0));
        return answers.answer(ctx, chosen, among == null ? 1.0 : among.best().map(PassageMatch::confidence)
                .orElse(0.5), context);
    }

    private void question(TurnContext ctx, String message) {
        String text = withoutRedactions(message);
        MatchResult result = kit.knowledge().match(text);
        double confidence = result.best().map(PassageMatch::confidence).orElse(0.0);
        switch (result.decision()) {
            case ANSWER -> {
                String id = result.ranked().get(0).passageId();
                List<String> audiences = audienceAlternatives(ctx, text, result);
                if (!audiences.isEmpty()) {
                    clarify.ask(ctx, audiences, confidence, text);
                } else if (!answers.answer(ctx, id, confidence, text)) {
                    fallback.fallback(ctx, confidence);
                }
            }
            case CLARIFY -> {
                Optional<String> fitting = fittingAudience(ctx, text, candidates(result));
                if (fitting.isPresent()) {
                    answers.answer(ctx, fitting.get(), confidence, text);
                } else {
                    clarify.ask(ctx, candidates(result), confidence, text);
                }
            }
            case NONE -> {
                if (!school.onSchoolName(ctx, text)) {
                    fallback.fallback(ctx, confidence);
                }
            }
        }
    }

    /** The masks the privacy guard left, and what introduced them ("cpr-nr. er"), say nothing to the matcher. */
    static String withoutRedactions(String text) {
        return REDACTED.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    private static final java.util.regex.Pattern REDACTED = java.util.regex.Pattern.compile(
            "(?iu)(\\b(cpr|cpr-?nr\\.?|cpr-?nummer(et)?|personnummer(et)?)\\s*(er|is|:)?\\s*)?"
                    + java.util.regex.Pattern.quote(dk.unilogin.helper.bot.privacy.Redactor.MASK));

    /** Of the matcher's close candidates, the one the message's own words point to ("my child's"). */
    private Optional<String> fittingAudience(TurnContext ctx, String text, List<String> candidates) {
        Optional<AudienceCue> cue = AudienceCue.of(text);
        if (cue.isEmpty()) {
            return Optional.empty();
        }
        List<Passage> passages = candidates.stream().flatMap(id -> kit.passage(ctx, id).stream()).toList();
        List<Passage> fitting = cue.get().fitting(passages);
        return fitting.size() == 1 ? Optional.of(fitting.get(0).id()) : Optional.empty();
    }

    /** Close candidates: those of the matcher's clarification that are near the best. */
    private static List<String> candidates(MatchResult result) {
        double best = result.ranked().get(0).confidence();
        List<String> ids = new ArrayList<>();
        for (PassageMatch m : result.ranked()) {
            if (ids.size() < 2 || m.confidence() >= best * 0.8) {
                ids.add(m.passageId());
            }
        }
        return ids;
    }

    /**
     * When the answer is written for one audience (a parent, a parent about the child, a pupil)
     * and the message says nothing about who asks, close runners-up written for another
     * audience make the question worth asking: "jeg har glemt mit brugernavn".
     */
    private List<String> audienceAlternatives(TurnContext ctx, String text, MatchResult result) {
        if (AudienceCue.of(text).isPresent()) {
            return List.of();
        }
        double best = result.ranked().get(0).confidence();
        List<Passage> close = result.ranked().stream().limit(3)
                .filter(m -> m.confidence() >= best * 0.5)
                .map(m -> kit.passage(ctx, m.passageId()))
                .flatMap(Optional::stream)
                .toList();
        if (close.isEmpty() || close.get(0).audience() == Audience.ALLE) {
            return List.of();
        }
        List<Passage> specific = close.stream().filter(p -> p.audience() != Audience.ALLE).toList();
        long audiences = specific.stream().map(ClarifyDialog::audienceKey).distinct().count();
        return audiences > 1 ? specific.stream().map(Passage::id).toList() : List.of();
    }
}
