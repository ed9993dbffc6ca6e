package dk.unilogin.helper.knowledge.markdown;

import dk.unilogin.helper.knowledge.Audience;
import dk.unilogin.helper.knowledge.ConversationRoles;
import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the small front-matter block of a passage file: {@code key: value} lines, and
 * {@code key:} followed by {@code  - item} lines for lists. A deliberately tiny subset of
 * YAML, so that every error can name its line and staff need learn no more than this.
 */
final class FrontMatterParser {
    private static final Pattern KEY_VALUE = Pattern.compile("^([a-z]+(?:-[a-z]+)*):\\s*(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s+-\\s+(.*)$");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String source;

    FrontMatterParser(String source) {
        this.source = source;
    }

    FrontMatter parse(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            throw error(1, "a passage file must start with a front-matter block opened by '---'");
        }
        Located id = null;
        String title = null;
        Audience audience = null;
        int order = Integer.MAX_VALUE;
        List<Located> related = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        String topic = "";
        ConversationRoles.LeadOn leadOn = ConversationRoles.LeadOn.NONE;
        ConversationRoles.SchoolFacts schoolFacts = ConversationRoles.SchoolFacts.NONE;
        String listKey = null;
        Set<String> seenKeys = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i);
            if (line.strip().equals("---")) {
                if (id == null) {
                    throw error(lineNo, "the front matter has no 'id'");
                }
                if (title == null) {
                    throw error(lineNo, "the front matter has no 'title'");
                }
                if (audience == null) {
                    throw error(lineNo, "the front matter has no 'audience' (forælder, elev or alle)");
                }
                return new FrontMatter(id, title, audience, order, related, examples,
                        new ConversationRoles(topic, leadOn, schoolFacts), lineNo + 1);
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            Matcher item = LIST_ITEM.matcher(line);
            if (item.matches()) {
                if (listKey == null) {
                    throw error(lineNo, "a list item must follow 'related:' or 'examples:'");
                }
                addListValue(listKey, unquote(item.group(1)), lineNo, related, examples);
                continue;
            }
            Matcher kv = KEY_VALUE.matcher(line);
            if (!kv.matches()) {
                throw error(lineNo, "expected 'key: value' in the front matter, found: " + line.strip());
            }
            String key = kv.group(1);
            String value = unquote(kv.group(2).strip());
            listKey = null;
            if (!seenKeys.add(key)) {
                throw error(lineNo, "'" + key + "' is given twice");
            }
            switch (key) {
                case "id" -> {
                    if (!ID.matcher(value).matches()) {
                        throw error(lineNo, "an id is lower-case letters, digits and dashes, found: '" + value + "'");
                    }
                    id = new Located(value, lineNo);
                }
                case "title" -> title = requireText(value, lineNo, key);
                case "audience" -> audience = audience(value, lineNo);
                case "order" -> order = order(value, lineNo);
                case "topic" -> topic = requireText(value, lineNo, key);
                case "lead-on" -> leadOn = role(ConversationRoles.LeadOn.class, value, lineNo, key, "causes or school");
                case "school-facts" -> schoolFacts = role(ConversationRoles.SchoolFacts.class, value, lineNo, key,
                        "where-to-log-in, computers, contact or service-access");
                case "related" -> {
                    listKey = key;
                    for (String inline : inlineList(value)) {
                        addListValue(key, inline, lineNo, related, examples);
                    }
                }
                case "examples" -> {
                    listKey = key;
                    if (!value.isBlank()) {
                        addListValue(key, value, lineNo, related, examples);
                    }
                }
                default -> throw error(lineNo, "unknown front-matter key '" + key
                        + "' (known: id, title, audience, order, related, examples, topic, lead-on, school-facts)");
            }
        }
        throw error(lines.size(), "the front matter is not closed by a '---' line");
    }

    private void addListValue(String key, String value, int lineNo, List<Located> related, List<String> examples) {
        if (value.isBlank()) {
            throw error(lineNo, "empty item in '" + key + "'");
        }
        if (key.equals("related")) {
            related.add(new Located(value, lineNo));
        } else {
            examples.add(value);
        }
    }

    private static List<String> inlineList(String value) {
        String v = value;
        if (v.startsWith("[") && v.endsWith("]")) {
            v = v.substring(1, v.length() - 1);
        }
        List<String> items = new ArrayList<>();
        for (String part : v.split(",")) {
            if (!part.isBlank()) {
                items.add(unquote(part.strip()));
            }
        }
        return items;
    }

    private Audience audience(String value, int lineNo) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "forælder", "foraelder", "forældre", "parent" -> Audience.FORAELDER;
            case "elev", "pupil", "student" -> Audience.ELEV;
            case "alle", "all" -> Audience.ALLE;
            default -> throw error(lineNo, "audience must be forælder, elev or alle, found: '" + value + "'");
        };
    }

    /** A role's value as written ("where-to-log-in"), not NONE, which is what leaving the key out means. */
    private <E extends Enum<E>> E role(Class<E> type, String value, int lineNo, String key, String known) {
        for (E e : type.getEnumConstants()) {
            if (!e.name().equals("NONE") && e.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(value)) {
                return e;
            }
        }
        throw error(lineNo, key + " must be " + known + ", found: '" + value + "'");
    }

    private int order(String value, int lineNo) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw error(lineNo, "order must be a whole number, found: '" + value + "'");
        }
    }

    private String requireText(String value, int lineNo, String key) {
        if (value.isBlank()) {
            throw error(lineNo, "'" + key + "' is empty");
        }
        return value;
    }

    private static String unquote(String value) {
        if (value.length() >= 2) {
            char first = value.charAt(0);
            char last = value.charAt(value.length() - 1);
            if ((first == '"' || first == '\'') && first == last) {
                return value.substring(1, value.length() - 1);
            }
        }
        return value;
    }

    private KnowledgeFormatException error(int line, String problem) {
        return new KnowledgeFormatException(source, line, problem);
    }
}
