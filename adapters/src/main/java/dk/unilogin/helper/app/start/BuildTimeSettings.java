package dk.unilogin.helper.app.start;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of {@code start/build-time-settings.txt}: which settings may differ from the packaged
 * configuration while the server starts from the bean definitions generated at build time, and
 * which names of system properties and environment variables are settings at all.
 */
final class BuildTimeSettings {
    static final String RESOURCE = "start/build-time-settings.txt";

    private record Rule(String flatName, boolean prefix, boolean allow) {
        boolean names(String flatSetting) {
            return prefix ? flatSetting.startsWith(flatName) : flatSetting.equals(flatName);
        }
    }

    private final List<Rule> rules;
    private final List<String> namespaces;

    private BuildTimeSettings(List<Rule> rules, List<String> namespaces) {
        this.rules = rules;
        this.namespaces = namespaces;
    }

    static BuildTimeSettings bundled() {
        try (InputStream in = BuildTimeSettings.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BuildTimeSettings parse(String text) {
        List<Rule> rules = new ArrayList<>();
        List<String> namespaces = new ArrayList<>();
        int number = 0;
        for (String line : text.lines().toList()) {
            number++;
            String rule = line.strip();
            if (rule.isEmpty() || rule.startsWith("#")) {
                continue;
            }
            String[] parts = rule.split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException(RESOURCE + " line " + number + ": expected a word and a name: " + rule);
            }
            String name = parts[1];
            boolean prefix = name.endsWith(".*");
            String flat = flat(prefix ? name.substring(0, name.length() - 2) : name);
            switch (parts[0]) {
                case "allow" -> rules.add(new Rule(flat, prefix, true));
                case "deny" -> rules.add(new Rule(flat, prefix, false));
                case "namespace" -> namespaces.add(name.toLowerCase(Locale.ROOT));
                default -> throw new IllegalArgumentException(RESOURCE + " line " + number
                        + ": expected allow, deny or namespace: " + rule);
            }
        }
        return new BuildTimeSettings(List.copyOf(rules), List.copyOf(namespaces));
    }

    /** Whether the setting may differ from the packaged configuration (no rule naming it: no). */
    boolean mayDiffer(String setting) {
        String flat = flat(setting);
        Rule decisive = null;
        for (Rule rule : rules) {
            if (rule.names(flat) && (decisive == null || specificity(rule) > specificity(decisive))) {
                decisive = rule;
            }
        }
        return decisive != null && decisive.allow();
    }

    private static int specificity(Rule rule) {
        // An exact name outranks a prefix of the same length.
        return rule.flatName().length() * 2 + (rule.prefix() ? 0 : 1);
    }

    /**
     * Whether a system property or environment variable of this name is a setting: the JVM's
     * own properties and the shell's variables (PATH, java.home) are not.
     */
    boolean isSetting(String name) {
        // Whole first words only: DEBUGINFOD_URLS, set on many Linux systems, is not "debug".
        String lower = name.toLowerCase(Locale.ROOT);
        for (String namespace : namespaces) {
            if (lower.equals(namespace) || (lower.startsWith(namespace) && ".-_".indexOf(lower.charAt(namespace.length())) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name as Spring Boot's relaxed binding compares it: lower case, without the separators
     * of properties ("."), environment variables ("_") and kebab case ("-").
     */
    static String flat(String name) {
        StringBuilder flat = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '.' && c != '_' && c != '-') {
                flat.append(c);
            }
        }
        return flat.toString().toLowerCase(Locale.ROOT);
    }
}
