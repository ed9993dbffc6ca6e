package dk.unilogin.helper.knowledge.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * The conditions and words of {@code passage-roles.txt} checked against a message: whether a passage written for other
 * writers suits this one after all ("pupil unless brugernavn", "parent-child if of-age", "parent-child if hvem+udlever":
 * every part joined by {@code +} must hold, and a part marked {@code !} must not), and whether one written for the writer
 * does not ("unless own-mitid").
 */
final class WriterConditions {
    private final PassageRoles roles;
    /** Each word the list names, analysed when the list is read. */
    private final Map<String, List<String>> analyzedWords;

    WriterConditions(PassageRoles roles, Analyzer analyzer) {
        this.roles = roles;
        Map<String, List<String>> analyzed = new HashMap<>();
        roles.conditionWords().forEach(word -> analyzed.put(word, TermMappings.analyze(analyzer, word)));
        this.analyzedWords = Map.copyOf(analyzed);
    }

    /** Whether {@code passageId} suits a writer of {@code role}: listed for them, or on its word or condition. */
    boolean suits(ReadMessage message, String passageId, String role) {
        return roles.suits(passageId, role) || suitsWithoutItsWord(message, passageId, role)
                || suitsWithItsCondition(message, passageId, role);
    }

    /**
     * Whether the message meets the condition on which a passage written for the writer does not suit them ("parent-child
     * unless own-mitid": a pupil of fifteen or more with their own MitID gets their username themselves).
     */
    boolean notWithItsCondition(ReadMessage message, String passageId, String role) {
        return PassageRoles.OWN_MITID.equals(roles.suitsUnless(passageId, role)) && message.pupilsOwnMitId();
    }

    private boolean suitsWithoutItsWord(ReadMessage message, String passageId, String role) {
        String word = roles.suitsUnless(passageId, role);
        return word != null && !PassageRoles.UNLESS_CONDITIONS.contains(word) && !has(message, word);
    }

    /** Whether the message meets one of the conditions on which the passage suits the writer ("if of-age", "if a+b+!c"). */
    private boolean suitsWithItsCondition(ReadMessage message, String passageId, String role) {
        return roles.suitsIf(passageId, role).stream().anyMatch(condition -> Arrays.stream(PassageRoles.parts(condition))
                .allMatch(part -> holds(message, PassageRoles.bare(part)) != PassageRoles.negated(part)));
    }

    private boolean holds(ReadMessage message, String part) {
        return PassageRoles.OF_AGE.equals(part) ? message.pupilOfAge() : has(message, part);
    }

    private boolean has(ReadMessage message, String word) {
        List<String> terms = analyzedWords.get(word);
        return message.terms().stream().anyMatch(t -> terms.contains(t.term()));
    }
}
