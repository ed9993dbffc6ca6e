package dk.unilogin.helper.knowledge.markdown;

import dk.unilogin.helper.knowledge.Language;
import java.util.Objects;

/**
 * The raw text of one passage file.
 *
 * @param source where it was read from, as shown in error messages ("da/ingen-adgang.md")
 */
public record GuideFile(String source, Language language, String text) {
    public GuideFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
    }
}
