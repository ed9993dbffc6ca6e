package dk.unilogin.helper.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * One section of the guide in one language, parsed from its Markdown file.
 *
 * @param id        stable id shared by all languages, e.g. "skift-adgangskode-barn"
 * @param intro     paragraphs before the steps (light Markdown)
 * @param steps     ordered steps; empty for passages that are plain advice
 * @param notes     notes that stand after the steps ("Bemærk: …")
 * @param outcome   the closing line after the last step, e.g. "Dit barn har fået en ny adgangskode"; may be empty
 * @param related   ids of related passages, all known to the guide
 * @param examples  example questions written for matching (not shown to users)
 * @param source    where the passage was read from, for error messages ("da/ingen-adgang.md")
 * @param roles     what the passage does in the conversation (topic button, lead-on stop, school facts)
 */
public record Passage(
        String id,
        Language language,
        String title,
        Audience audience,
        List<String> intro,
        List<Step> steps,
        List<String> notes,
        String outcome,
        List<Link> links,
        List<String> related,
        List<String> examples,
        String source,
        ConversationRoles roles) {

    public Passage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(audience, "audience");
        intro = List.copyOf(intro);
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
        outcome = outcome == null ? "" : outcome;
        links = List.copyOf(links);
        related = List.copyOf(related);
        examples = List.copyOf(examples);
        Objects.requireNonNull(source, "source");
        roles = roles == null ? ConversationRoles.NONE : roles;
    }
}
