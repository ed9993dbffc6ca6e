package dk.unilogin.helper.knowledge.markdown;

import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import dk.unilogin.helper.knowledge.Link;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the Markdown links of a passage. {@code [text](https://…)} stays in the text and
 * is listed as a {@link Link}; {@code [text](#passage-id)} points at another passage: the
 * text keeps only the words (channels render related passages as buttons) and the id is
 * recorded as a reference to validate and add to the related passages.
 */
final class LinkExtractor {
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\(([^)\\s]*)\\)");
    private static final Pattern ABSOLUTE = Pattern.compile("https?://[^\\s]+");

    private final String source;
    private final List<Link> links;
    private final List<Located> references;

    LinkExtractor(String source, List<Link> links, List<Located> references) {
        this.source = source;
        this.links = links;
        this.references = references;
    }

    /** Returns the text as it is to be shown, recording the links found in it. */
    String process(String text, int line) {
        Matcher m = LINK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String label = m.group(1);
            String target = m.group(2);
            if (target.startsWith("#") && target.length() > 1) {
                references.add(new Located(target.substring(1), line));
                m.appendReplacement(out, Matcher.quoteReplacement(label));
            } else if (ABSOLUTE.matcher(target).matches()) {
                links.add(new Link(label, target));
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
            } else {
                throw new KnowledgeFormatException(source, line, "link '" + m.group()
                        + "' must go to an absolute http(s) URL or to '#passage-id'");
            }
        }
        m.appendTail(out);
        return out.toString();
    }
}
