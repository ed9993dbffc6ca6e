package dk.unilogin.helper.app.admin;

import dk.unilogin.helper.app.examples.ExampleQuestion;
import dk.unilogin.helper.app.examples.ExampleQuestion.Status;
import dk.unilogin.helper.app.examples.ExampleStore;
import dk.unilogin.helper.app.security.PersonalDataRedactor;
import dk.unilogin.helper.knowledge.KnowledgeBase;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns questions the bot could not answer into example questions of a passage. The global
 * admin attaches at once and the guide reloads, so the next parent asking is answered; a
 * school's staff only propose, and the admin attaches or removes the proposal. Every
 * question is redacted again before it is stored.
 */
@Component
class ExampleEditor {

    private final ExampleStore store;
    private final Reloads reloads;
    private final PassageTitles passages;
    private final Clock clock = Clock.systemUTC();

    ExampleEditor(ExampleStore store, Reloads reloads, KnowledgeBase knowledge) {
        this.store = store;
        this.reloads = reloads;
        this.passages = new PassageTitles(knowledge);
    }

    /** What a submission did: the stored example and, when the guide reloaded, how that went. */
    record Outcome(ExampleQuestion example, ReloadResult reload) {
    }

    Outcome submit(Viewer viewer, String passageId, String question) {
        String passage = passageId == null ? "" : passageId.strip();
        if (!passages.exists(passage)) {
            throw new IllegalArgumentException("'passage' must be the id of a passage of the guide, e.g. "
                    + "skift-adgangskode-barn; got '" + abbreviate(passage) + "'");
        }
        String text = clean(question);
        if (viewer.global()) {
            ExampleQuestion stored = store.add(passage, text, Status.ATTACHED, null, clock.instant());
            return new Outcome(stored, reloads.reload("knowledge"));
        }
        return new Outcome(store.add(passage, text, Status.PROPOSED, viewer.ownSchool(), clock.instant()), null);
    }

    Outcome attachProposal(Viewer viewer, long id) {
        viewer.requireGlobal("attach example questions");
        if (!store.attachProposal(id)) {
            throw new NoSuchExample(id);
        }
        return new Outcome(store.byId(id).orElseThrow(() -> new NoSuchExample(id)), reloads.reload("knowledge"));
    }

    /** Removes an example (attached: the guide reloads without it) or a proposal. */
    ReloadResult remove(Viewer viewer, long id) {
        viewer.requireGlobal("remove example questions");
        ExampleQuestion example = store.byId(id).orElseThrow(() -> new NoSuchExample(id));
        store.remove(id);
        return example.attached() ? reloads.reload("knowledge") : null;
    }

    List<ExampleQuestion> attached(Viewer viewer) {
        return viewer.global() ? store.attached() : List.of();
    }

    List<ExampleQuestion> proposed(Viewer viewer) {
        return store.proposed(viewer.ownSchool());
    }

    /** Redacted, on one line, not blank and within the column's length. */
    static String clean(String question) {
        String text = question == null ? "" : PersonalDataRedactor.redact(question.replaceAll("\\s+", " ").strip());
        if (text.isEmpty()) {
            throw new IllegalArgumentException("'question' must not be empty");
        }
        if (text.length() > ExampleStore.MAX_QUESTION) {
            throw new IllegalArgumentException("'question' may be at most " + ExampleStore.MAX_QUESTION + " characters");
        }
        return text;
    }

    /** How a question is compared with the stored examples: as it would be stored, without regard to case. */
    static String key(String question) {
        String text = question == null ? "" : PersonalDataRedactor.redact(question.replaceAll("\\s+", " ").strip());
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    /** Stored examples and proposals by {@link #key}; an attached example wins over a proposal. */
    static java.util.Map<String, ExampleQuestion> byQuestion(List<ExampleQuestion> attached, List<ExampleQuestion> proposed) {
        java.util.Map<String, ExampleQuestion> known = new java.util.HashMap<>();
        proposed.forEach(e -> known.put(key(e.question()), e));
        attached.forEach(e -> known.put(key(e.question()), e));
        return known;
    }

    private static String abbreviate(String s) {
        return s.length() <= 64 ? s : s.substring(0, 64) + "…";
    }
}
