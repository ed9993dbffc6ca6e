package dk.unilogin.helper.knowledge.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The bundled messages that the guide does not answer (one a line, {@code #} comments). */
public final class OutsideGuide {
    static final String BUNDLED = "matching/outside-guide.txt";

    private OutsideGuide() {
    }

    public static List<String> bundled() {
        try (InputStream in = OutsideGuide.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + BUNDLED);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
