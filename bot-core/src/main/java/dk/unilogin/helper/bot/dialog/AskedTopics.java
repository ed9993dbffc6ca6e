package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.knowledge.KnowledgeBase;
import dk.unilogin.helper.knowledge.MatchDecision;
import dk.unilogin.helper.knowledge.MatchResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The different guide topics one message asks about, in the order asked: "min søn har glemt sin
 * kode og hvor skal han logge ind?" asks two. A part counts only when the matcher answers it
 * with confidence from its topic words; who it is about ("min søn") is no topic of its own.
 */
final class AskedTopics {
    /** One question of a message and the passage that answers it. */
    record Asked(String text, String passageId) {
    }

    private final KnowledgeBase knowledge;

    AskedTopics(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /** The questions with distinct answers, first asked first; empty or one when there is nothing to split. */
    List<Asked> in(String text) {
        List<String> parts = QuestionParts.of(text);
        return parts.size() < 2 ? List.of() : answered(parts);
    }

    /**
     * For a long message, mostly story: the parts written as questions ("Hvordan får min søn en ny
     * adgangskode?"); without any, the last part the guide answers, as the ask tends to come last.
     */
    List<Asked> inStory(String text) {
        List<String> parts = QuestionParts.of(text);
        List<Asked> questions = answered(parts.stream().filter(QuestionParts::isQuestion).toList());
        if (!questions.isEmpty()) {
            return questions;
        }
        List<Asked> all = answered(parts);
        return all.isEmpty() ? List.of() : List.of(all.get(all.size() - 1));
    }

    private List<Asked> answered(List<String> parts) {
        List<Asked> asked = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String part : parts) {
            answer(part).or(() -> answerOfAClause(part))
                    .filter(a -> seen.add(a.passageId()))
                    .ifPresent(asked::add);
        }
        return asked;
    }

    private Optional<Asked> answer(String part) {
        MatchResult m = knowledge.match(ClarifyReplyReader.withoutAudienceWords(part));
        return m.decision() == MatchDecision.ANSWER ? Optional.of(new Asked(part, m.ranked().get(0).passageId()))
                : Optional.empty();
    }

    /** "where do we even log in, the school sent 3 links": a comma's clause may carry the question alone. */
    private Optional<Asked> answerOfAClause(String part) {
        if (!part.contains(",")) {
            return Optional.empty();
        }
        for (String clause : part.split(",")) {
            if (Words.count(Words.normalize(clause)) >= QuestionParts.MIN_WORDS) {
                Optional<Asked> found = answer(clause.strip());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
