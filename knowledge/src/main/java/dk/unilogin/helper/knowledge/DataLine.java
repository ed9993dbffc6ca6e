package dk.unilogin.helper.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One line of a list file (the matcher's lists, the conversation's phrase files) that holds data: stripped, neither blank nor a {@code #}
 * comment, with its 1-based number for error messages. Most lists are {@code key: item, item}.
 *
 * @param number the line's number in its file
 * @param text   the line, stripped
 */
public record DataLine(int number, String text) {

    /** The data lines of a list file's text. */
    public static List<DataLine> of(String fileText) {
        List<DataLine> lines = new ArrayList<>();
        List<String> all = fileText.lines().toList();
        for (int i = 0; i < all.size(); i++) {
            String line = all.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                lines.add(new DataLine(i + 1, line));
            }
        }
        return lines;
    }

    /** Whether the line has a key before a colon ("passage-id: …"). */
    public boolean hasKey() {
        return text.indexOf(':') > 0;
    }

    /** The text before the first colon, stripped; the whole line when there is none. */
    public String key() {
        int colon = text.indexOf(':');
        return colon <= 0 ? text : text.substring(0, colon).strip();
    }

    /** The comma-separated items after the first colon, each stripped, blanks kept out. */
    public List<String> items() {
        List<String> items = new ArrayList<>();
        for (String item : rawItems()) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    /** The items ({@link #items}) in lower case, as a set: words a list looks up in lower-cased text. */
    public Set<String> lowerCaseItems() {
        return Set.copyOf(items().stream().map(item -> item.toLowerCase(Locale.ROOT)).toList());
    }

    /** The comma-separated items after the first colon as written, blanks included. */
    public String[] rawItems() {
        return text.substring(text.indexOf(':') + 1).split(",");
    }
}
