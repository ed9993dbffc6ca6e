package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.bot.reading.Phrases;
import dk.unilogin.helper.bot.school.SchoolAdvice;
import dk.unilogin.helper.bot.school.SchoolDirectory;
import dk.unilogin.helper.bot.school.SchoolProfile;
import dk.unilogin.helper.knowledge.ConversationRoles;
import dk.unilogin.helper.knowledge.ConversationRoles.SchoolFacts;
import dk.unilogin.helper.knowledge.KnowledgeBase;
import dk.unilogin.helper.knowledge.MatchResult;
import dk.unilogin.helper.knowledge.Passage;
import java.util.Collection;
import java.util.Optional;

/**
 * What the dialogs share. Passages are looked up on every use, never kept: the knowledge
 * base may be reloaded between turns. Besides the reader's one question per message, the
 * matcher is asked here only, to choose among passages already offered.
 */
record DialogKit(KnowledgeBase knowledge, SchoolDirectory schools, PassageRenderer renderer, Phrases phrases) {
    /** The school's facts for an answer from this passage, when the conversation knows its school. */
    Optional<String> schoolAdvice(TurnContext ctx, String passageId) {
        return school(ctx).flatMap(s -> SchoolAdvice.adviceFor(schoolFacts(ctx, passageId), s, ctx.language()));
    }

    /** Which of the school's facts follow an answer from this passage ({@code school-facts} in the guide). */
    SchoolFacts schoolFacts(TurnContext ctx, String passageId) {
        return passage(ctx, passageId).map(p -> p.roles().schoolFacts()).orElse(SchoolFacts.NONE);
    }

    /** How to reach the school, for when nothing else is left to offer. */
    static Optional<String> contact(SchoolProfile school, dk.unilogin.helper.knowledge.Language language) {
        return SchoolAdvice.adviceFor(SchoolFacts.CONTACT, school, language);
    }

    /** The passage that plays {@code role} on the way to the school ({@code lead-on} in the guide). */
    Optional<Passage> leadOnStop(TurnContext ctx, ConversationRoles.LeadOn role) {
        return knowledge.passages(ctx.language()).stream().filter(p -> p.roles().leadOn() == role).findFirst();
    }

    /** Ranks only {@code passageIds} for {@code text}: which of the offered passages a reply means. */
    MatchResult among(String text, Collection<String> passageIds) {
        return knowledge.matchAmong(text, passageIds);
    }

    Optional<Passage> passage(TurnContext ctx, String id) {
        if (id == null) {
            return Optional.empty();
        }
        return knowledge.passage(id, ctx.language());
    }

    Texts texts(TurnContext ctx) {
        return Texts.of(ctx.language());
    }

    Optional<SchoolProfile> school(TurnContext ctx) {
        String id = ctx.state().schoolId();
        return id == null ? Optional.empty() : schools.byId(id);
    }

    /** Makes {@code prompt} what the next message is read against. */
    static void await(TurnContext ctx, PendingPrompt prompt) {
        ctx.state(ctx.state().withDialog(prompt.stored()));
    }
}
