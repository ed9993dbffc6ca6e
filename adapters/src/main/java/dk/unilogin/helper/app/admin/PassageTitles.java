package dk.unilogin.helper.app.admin;

import dk.unilogin.helper.knowledge.KnowledgeBase;
import dk.unilogin.helper.knowledge.Language;
import dk.unilogin.helper.knowledge.Passage;
import dk.unilogin.helper.knowledge.PassageMatch;
import java.util.List;
import java.util.Optional;

/** Passages as the admin reads them: by their Danish title, the id only for a passage the guide no longer has. */
record PassageTitles(KnowledgeBase knowledge) {

    String title(String passageId) {
        if (passageId == null) {
            return "";
        }
        return knowledge.passage(passageId, Language.DA).map(Passage::title).orElse(passageId);
    }

    List<Passage> all() {
        return knowledge.passages(Language.DA);
    }

    /** The passage the matcher ranks first for a question, even one it did not answer: a starting point for the admin. */
    Optional<String> closest(String question) {
        return knowledge.match(question).ranked().stream().findFirst().map(PassageMatch::passageId);
    }

    boolean exists(String passageId) {
        return passageId != null && knowledge.passage(passageId, Language.DA).isPresent();
    }
}
