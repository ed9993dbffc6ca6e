package dk.unilogin.helper.knowledge.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * When the message says who writes (a parent about a child, a parent about their own login, a
 * pupil; {@link WriterRoles}), a passage written for another writer ({@link PassageRoles}) is
 * multiplied by {@code adjust.role-factor}, unless it suits that writer when the message lacks a
 * word ("pupil unless brugernavn") and the message does, or when the message meets a condition ("parent-child if
 * of-age": it names a pupil of fifteen or more, {@link ReadMessage#pupilOfAge}). A passage written for the writer
 * "unless own-mitid" is multiplied the same when the message names such a pupil with their own MitID.
 */
final class RoleAdjustment implements ScoreAdjustment {
    private final PassageRoles roles;
    private final MatcherSettings settings;
    /** Each "unless" word's terms, analysed when the list is read. */
    private final Map<String, List<String>> analyzedWords;

    RoleAdjustment(PassageRoles roles, MatcherSettings settings, Analyzer analyzer) {
        this.roles = roles;
        this.settings = settings;
        Map<String, List<String>> analyzed = new HashMap<>();
        roles.unlessWords().forEach(word -> analyzed.put(word, TermMappings.analyze(analyzer, word)));
        this.analyzedWords = Map.copyOf(analyzed);
    }

    @Override
    public void apply(ReadMessage message, Query query, ScoreSheet sheet, ExplainLog log) {
        String role = message.writer().roleKey();
        if (role == null) {
            return;
        }
        for (ScoreSheet.Entry entry : sheet.entries()) {
            boolean forAnotherWriter = !roles.suits(entry.passageId, role) && !suitsWithoutItsWord(message, entry.passageId, role)
                    && !suitsWithItsCondition(message, entry.passageId, role);
            boolean notOnItsCondition = !forAnotherWriter && notWithItsCondition(message, entry.passageId, role);
            if (forAnotherWriter || notOnItsCondition) {
                entry.score = entry.score * settings.roleFactor;
                if (log.on()) {
                    log.add("adjust", String.format("writer is %s: %s is %s, x%.2f", role, entry.passageId, forAnotherWriter
                            ? "for another writer" : "not for a pupil of fifteen or more with their own MitID", settings.roleFactor));
                }
            }
        }
    }

    private boolean suitsWithoutItsWord(ReadMessage message, String passageId, String role) {
        String word = roles.suitsUnless(passageId, role);
        return word != null && !PassageRoles.UNLESS_CONDITIONS.contains(word) && !has(message, word);
    }

    /**
     * Whether the message meets the condition on which a passage written for the writer does not suit them ("parent-child
     * unless own-mitid": a pupil of fifteen or more with their own MitID gets their username themselves).
     */
    private boolean notWithItsCondition(ReadMessage message, String passageId, String role) {
        return PassageRoles.OWN_MITID.equals(roles.suitsUnless(passageId, role)) && message.pupilsOwnMitId();
    }

    /** Whether the message meets the condition on which the passage suits the writer ("if of-age"). */
    private boolean suitsWithItsCondition(ReadMessage message, String passageId, String role) {
        return PassageRoles.OF_AGE.equals(roles.suitsIf(passageId, role)) && message.pupilOfAge();
    }

    private boolean has(ReadMessage message, String word) {
        List<String> terms = analyzedWords.get(word);
        return message.terms().stream().anyMatch(t -> terms.contains(t.term()));
    }
}
