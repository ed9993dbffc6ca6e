package dk.unilogin.helper.knowledge.markdown;

import dk.unilogin.helper.knowledge.Link;
import dk.unilogin.helper.knowledge.Step;
import java.util.List;

/** The parsed Markdown below the front matter; {@code references} are its {@code #id} links. */
record PassageBody(
        List<String> intro,
        List<Step> steps,
        List<String> notes,
        String outcome,
        List<Link> links,
        List<Located> references) {
}
