package dk.unilogin.helper.knowledge.search;

import java.util.List;

/** The messages that the guide does not answer (one a line, {@code #} comments). */
public final class OutsideGuide {
    static final String BUNDLED = "matching/outside-guide.txt";

    private OutsideGuide() {
    }

    public static List<String> bundled() {
        return parse(MatchingLists.resource(BUNDLED));
    }

    static List<String> parse(String text) {
        return text.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }
}
