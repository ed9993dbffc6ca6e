package dk.unilogin.helper.knowledge;

import java.util.Objects;

/** A link in a passage: the text shown and where it goes (an absolute URL). */
public record Link(String text, String url) {
    public Link {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(url, "url");
    }
}
