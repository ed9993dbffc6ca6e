package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A word-list file in sections: lines before any header are the first section (""), a line
 * "[name]" starts the section of that name. An unknown header is a broken file, named by line.
 */
final class SectionedList {
    private SectionedList() {
    }

    /** Each section's words and phrases, read with {@link WordSet#parse}; every known section is present. */
    static Map<String, WordSet> parse(String source, String text, List<String> headers) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        lines.put("", new ArrayList<>());
        headers.forEach(h -> lines.put(h, new ArrayList<>()));
        List<String> section = lines.get("");
        int number = 0;
        for (String line : text.lines().map(String::strip).toList()) {
            number++;
            if (lines.containsKey(line) && !line.isEmpty()) {
                section = lines.get(line);
            } else if (line.startsWith("[")) {
                throw new KnowledgeFormatException(source, number,
                        "unknown section " + line + ", expected " + String.join(" or ", headers));
            } else {
                section.add(line);
            }
        }
        Map<String, WordSet> sets = new LinkedHashMap<>();
        lines.forEach((name, words) -> sets.put(name, WordSet.parse(String.join("\n", words))));
        return sets;
    }
}
