package dk.unilogin.helper.app.school;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read strictly: only the keys it is told, each of the expected shape, every
 * error with the file and line of the offending node. Works on SnakeYAML's node tree so
 * that line numbers survive (a constructed {@code Map} has none).
 */
final class YamlMap {
    private final String file;
    private final Node node;
    private final Map<String, Node> entries;

    private YamlMap(String file, Node node, Map<String, Node> entries) {
        this.file = file;
        this.node = node;
        this.entries = entries;
    }

    static YamlMap of(String file, Node node, String what, Set<String> allowedKeys) {
        if (!(node instanceof MappingNode mapping)) {
            throw error(file, node, what + " must be a mapping of keys to values");
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode key)) {
                throw error(file, keyNode, "a key in " + what + " must be plain text");
            }
            if (!allowedKeys.contains(key.getValue())) {
                throw error(file, keyNode, "unknown key '" + key.getValue() + "' in " + what + "; allowed: "
                        + String.join(", ", allowedKeys));
            }
            if (entries.putIfAbsent(key.getValue(), tuple.getValueNode()) != null) {
                throw error(file, keyNode, "key '" + key.getValue() + "' appears twice in " + what);
            }
        }
        return new YamlMap(file, node, entries);
    }

    String file() {
        return file;
    }

    int line() {
        return lineOf(node);
    }

    Set<String> keys() {
        return entries.keySet();
    }

    Node node(String key) {
        return entries.get(key);
    }

    /** A text value, or null when absent or {@code ~}. Numbers are taken as text (a phone number). */
    String text(String key) {
        Node value = entries.get(key);
        if (value == null || Tag.NULL.equals(value.getTag())) {
            return null;
        }
        if (!(value instanceof ScalarNode scalar)) {
            throw error(file, value, "'" + key + "' must be text, not a " + shape(value));
        }
        if (Tag.BOOL.equals(scalar.getTag())) {
            throw error(file, value, "'" + key + "' must be text, not yes/no (quote it if you mean the word)");
        }
        return scalar.getValue();
    }

    String requiredText(String key, String what) {
        String value = text(key);
        if (value == null || value.isBlank()) {
            Node at = entries.getOrDefault(key, node);
            throw error(file, at, what + " needs '" + key + "'");
        }
        return value.strip();
    }

    /** A list of nodes, or empty when absent. */
    List<Node> list(String key) {
        Node value = entries.get(key);
        if (value == null || Tag.NULL.equals(value.getTag())) {
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            throw error(file, value, "'" + key + "' must be a list (lines starting with '- '), not a " + shape(value));
        }
        return new ArrayList<>(sequence.getValue());
    }

    List<String> textList(String key) {
        List<String> values = new ArrayList<>();
        for (Node item : list(key)) {
            if (!(item instanceof ScalarNode scalar) || Tag.NULL.equals(item.getTag())) {
                throw error(file, item, "every item of '" + key + "' must be text");
            }
            values.add(scalar.getValue().strip());
        }
        return values;
    }

    static int lineOf(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    static SchoolFormatException error(String file, Node node, String problem) {
        return new SchoolFormatException(file, lineOf(node), problem);
    }

    private static String shape(Node node) {
        return switch (node.getNodeId()) {
            case mapping -> "mapping";
            case sequence -> "list";
            default -> "single value";
        };
    }
}
