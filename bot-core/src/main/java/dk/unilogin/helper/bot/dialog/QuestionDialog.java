package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.activity.SuggestedAction;
import dk.unilogin.helper.knowledge.Audience;
import dk.unilogin.helper.knowledge.MatchResult;
import dk.unilogin.helper.bot.privacy.Redactor;
import dk.unilogin.helper.knowledge.Passage;
import dk.unilogin.helper.knowledge.PassageMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A new question for the matcher: an answer, one clarifying question when passages are close or
 * the audience is unknown, the school's name typed unasked, or the honest fallback.
 */
final class QuestionDialog {
    /** Further topics of one message offered as buttons; more would bury the answer. */
    private static final int MAX_OTHERS = 2;

    private final DialogKit kit;
    private final AskedTopics topics;
    private final AnswerDialog answers;
    private final ClarifyDialog clarify;
    private final SchoolDialog school;
    private final FallbackDialog fallback;
    private final WelcomeDialog welcome;

    QuestionDialog(DialogKit kit, AnswerDialog answers, ClarifyDialog clarify, SchoolDialog school,
            FallbackDialog fallback, WelcomeDialog welcome) {
        this.kit = kit;
        this.topics = new AskedTopics(kit.knowledge());
        this.answers = answers;
        this.clarify = clarify;
        this.school = school;
        this.fallback = fallback;
        this.welcome = welcome;
    }

    void onText(TurnContext ctx, String message) {
        String text = withoutRedactions(message);
        boolean longMessage = text.length() > MessageRouter.MAX_MATCHED_CHARS;
        List<AskedTopics.Asked> asked = longMessage ? topics.inStory(text) : topics.in(text);
        if (asked.size() >= 2 || (asked.size() == 1 && longMessage)) {
            answerOne(ctx, asked.get(0).text());
            TurnOutcome first = ctx.trace().outcome();
            if (first == TurnOutcome.ANSWER || first == TurnOutcome.CLARIFY) {
                offerTheOthers(ctx, asked.subList(1, asked.size()));
            }
            return;
        }
        answerOne(ctx, longMessage ? text.substring(0, MessageRouter.MAX_MATCHED_CHARS) : text);
    }

    /** "Du spurgte også om …": a button for each further topic the message asked about. */
    private void offerTheOthers(TurnContext ctx, List<AskedTopics.Asked> others) {
        List<SuggestedAction> buttons = new ArrayList<>();
        others.stream().limit(MAX_OTHERS)
                .flatMap(a -> kit.passage(ctx, a.passageId()).stream())
                .filter(p -> !p.id().equals(ctx.trace().passageId()))
                .forEach(p -> ButtonValue.of(ButtonValue.ANSWER, p.id()).button(p.title()).ifPresent(buttons::add));
        if (!buttons.isEmpty()) {
            ctx.send(kit.texts(ctx).alsoAsked(), buttons);
        }
    }

    private void answerOne(TurnContext ctx, String text) {
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
                    List<Passage> offered = candidates(result).stream()
                            .flatMap(id -> kit.passage(ctx, id).stream()).toList();
                    clarify.ask(ctx, OwnAccount.ordered(text, offered).stream().map(Passage::id).toList(),
                            confidence, text);
                }
            }
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
        return audiences > 1 ? OwnAccount.ordered(text, specific).stream().map(Passage::id).toList() : List.of();
    }
}
