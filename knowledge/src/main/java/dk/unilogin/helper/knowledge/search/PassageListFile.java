package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.DataLine;
import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads a matching list of lines {@code passage-id: item, item} ({@code passage-roles.txt},
 * {@code required-words.txt}); blank lines and {@code #} comments are skipped. A line without a
 * passage id, or when {@code strict} one naming a passage the guide lacks, fails with its line.
 */
final class PassageListFile {
    /** One line's passage, its items as written and its line number for error messages. */
    record Entry(String passage, List<String> items, int line) {
    }

    private PassageListFile() {
    }

    static List<Entry> read(String source, String text, Collection<String> passageIds, boolean strict, String expected) {
        List<Entry> entries = new ArrayList<>();
        for (DataLine line : DataLine.of(text)) {
            if (!line.hasKey()) {
                throw new KnowledgeFormatException(source, line.number(), "expected '" + expected + "'");
            }
            String passage = line.key();
            if (!passageIds.contains(passage)) {
                if (strict) {
                    throw new KnowledgeFormatException(source, line.number(), "no passage has the id '" + passage + "'");
                }
                continue;
            }
            List<String> items = new ArrayList<>();
            for (String item : line.rawItems()) {
                items.add(item.strip());
            }
            entries.add(new Entry(passage, items, line.number()));
        }
        return entries;
    }
}
