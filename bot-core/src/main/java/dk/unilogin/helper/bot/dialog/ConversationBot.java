package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.bot.Bot;
import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.activity.Events;
import dk.unilogin.helper.bot.reading.PhraseReader;
import dk.unilogin.helper.bot.reading.Phrases;
import dk.unilogin.helper.bot.reading.Reading;
import dk.unilogin.helper.bot.school.SchoolDirectory;
import dk.unilogin.helper.bot.state.ConversationState;
import dk.unilogin.helper.knowledge.KnowledgeBase;

/**
 * The help bot's dialogs behind the middleware: events open, restart and end conversations;
 * messages, typed or pressed, are read once by the {@link PhraseReader} and routed by the
 * {@link ConversationRouter}. The wiring of every dialog is here.
 */
public final class ConversationBot implements Bot {
    private final DialogKit kit;
    private final PhraseReader reader;
    private final WelcomeDialog welcome;
    private final ConversationRouter router;

    public ConversationBot(KnowledgeBase knowledge, SchoolDirectory schools) {
        Phrases phrases = Phrases.bundled();
        this.kit = new DialogKit(knowledge, schools, new PassageRenderer(), phrases);
        this.reader = new PhraseReader(knowledge, phrases);
        SchoolDialog school = new SchoolDialog(kit);
        AnswerDialog answers = new AnswerDialog(kit, school);
        LeadOn leadOn = new LeadOn(kit, answers, school);
        StepWalkDialog walk = new StepWalkDialog(kit, leadOn, reader);
        ClarifyDialog clarify = new ClarifyDialog(kit, answers, reader);
        this.welcome = new WelcomeDialog(kit);
        SmallTalkDialog smallTalk = new SmallTalkDialog(kit, welcome);
        FallbackDialog fallback = new FallbackDialog(kit, welcome, school);
        this.router = new ConversationRouter(new ButtonRouter(kit, answers, walk, clarify, leadOn, school, welcome),
                walk, clarify, leadOn, school,
                new NavigationDialog(kit, answers, welcome), new LanguageSwitchDialog(answers, welcome), smallTalk,
                new FollowUpDialog(kit, answers, walk, leadOn, welcome),
                new QuestionDialog(kit, answers, clarify, school, fallback, smallTalk));
    }

    @Override
    public void onTurn(TurnContext ctx) {
        Activity in = ctx.incoming();
        switch (in.type()) {
            case EVENT -> onEvent(ctx, in);
            case MESSAGE -> onMessage(ctx, in);
            case TYPING -> ctx.trace(TurnOutcome.SILENT, null, 0);
        }
    }

    private void onEvent(TurnContext ctx, Activity in) {
        String name = in.name() == null ? "" : in.name();
        switch (name) {
            case Events.CONVERSATION_START -> {
                ConversationState state = ctx.state().restarted();
                if (in.value() != null && kit.schools().byId(in.value()).isPresent()) {
                    state = state.withSchool(in.value());
                }
                ctx.state(state);
                welcome.welcome(ctx);
            }
            case Events.CONVERSATION_RESTART -> {
                ctx.state(ctx.state().restarted());
                welcome.welcome(ctx);
            }
            case Events.HELP -> welcome.capabilities(ctx);
            case Events.CONVERSATION_END -> {
                ctx.endConversation();
                ctx.trace(TurnOutcome.SILENT, null, 0);
            }
            default -> ctx.trace(TurnOutcome.SILENT, null, 0);
        }
    }

    private void onMessage(TurnContext ctx, Activity in) {
        if (ctx.sensitiveDataRemoved()) {
            // every time, so a parent who pastes a second secret knows it went nowhere either
            Texts t = kit.texts(ctx);
            ctx.send(ctx.state().privacyNoticeGiven() ? t.privacyNoticeAgain() : t.privacyNotice());
            ctx.state(ctx.state().withPrivacyNoticeGiven());
        }
        Reading reading = reader.read(in);
        if (reading.message().cut()) {
            ctx.send(kit.texts(ctx).readTheStartOnly(Activity.MAX_TEXT_CHARS));
        }
        router.onMessage(ctx, reading);
    }
}
