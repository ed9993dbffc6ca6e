package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.activity.SuggestedAction;
import dk.unilogin.helper.bot.reading.Reading;
import dk.unilogin.helper.bot.school.SchoolAdvice;
import dk.unilogin.helper.bot.school.SchoolProfile;
import dk.unilogin.helper.knowledge.ConversationRoles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Learns the conversation's school when it matters: asks once, after an answer that ends in
 * the school, and never holds up the answer; reads the reply ({@link PendingPrompt.SchoolName})
 * by name or by button.
 */
final class SchoolDialog {
    private static final int MAX_SCHOOL_BUTTONS = 5;

    private final DialogKit kit;

    SchoolDialog(DialogKit kit) {
        this.kit = kit;
    }

    /** Asks for the school after an answer that ends in the school ({@code school-facts} in the guide). */
    void maybeAsk(TurnContext ctx, String passageId) {
        if (kit.schoolFacts(ctx, passageId) != ConversationRoles.SchoolFacts.NONE) {
            askOnce(ctx);
        }
    }

    /** Asks which school, unless it is known or was asked before, or there are no schools to name. */
    void askOnce(TurnContext ctx) {
        var state = ctx.state();
        if (state.schoolId() != null || state.schoolQuestionAsked()) {
            return;
        }
        List<SchoolProfile> all = kit.schools().all();
        if (all.isEmpty()) {
            return;
        }
        List<SuggestedAction> buttons = new ArrayList<>();
        if (all.size() <= MAX_SCHOOL_BUTTONS) {
            all.forEach(s -> ButtonValue.of(ButtonValue.SCHOOL, s.id()).button(s.name()).ifPresent(buttons::add));
        }
        ctx.send(kit.texts(ctx).askSchool(), buttons);
        ctx.state(state.withSchoolAsked());
    }

    /** Reads a message as the school's name; asked once, so the question is dropped either way. */
    boolean onReply(TurnContext ctx, Reading reading) {
        if (reading instanceof Reading.Empty || reading.message().words().isEmpty()) {
            return false;
        }
        Optional<SchoolProfile> school = kit.schools().byName(reading.message().text());
        ctx.state(ctx.state().withoutAwaitingSchool());
        if (school.isEmpty()) {
            return false;
        }
        chosen(ctx, school.get());
        return true;
    }

    /**
     * A message the guide cannot answer may be a school's name, typed unasked (or after the
     * question went by): taken when the conversation has no school yet.
     */
    boolean onSchoolName(TurnContext ctx, String text) {
        if (ctx.state().schoolId() != null || kit.schools().all().isEmpty()) {
            return false;
        }
        Optional<SchoolProfile> school = kit.schools().byName(text);
        school.ifPresent(s -> chosen(ctx, s));
        return school.isPresent();
    }

    boolean onButton(TurnContext ctx, String schoolId) {
        Optional<SchoolProfile> school = kit.schools().byId(schoolId);
        school.ifPresent(s -> chosen(ctx, s));
        return school.isPresent();
    }

    private void chosen(TurnContext ctx, SchoolProfile school) {
        ctx.state(ctx.state().withSchool(school.id()));
        String last = ctx.state().lastPassageId();
        String facts = SchoolAdvice.adviceFor(kit.schoolFacts(ctx, last), school, ctx.language())
                .or(() -> DialogKit.contact(school, ctx.language()))
                .orElse("");
        ctx.send((kit.texts(ctx).schoolNoted(school.name()) + "\n\n" + facts).strip());
        ctx.trace(TurnOutcome.SCHOOL, last, 1.0);
    }
}
