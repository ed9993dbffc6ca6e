package dk.unilogin.helper.app.school;

import dk.unilogin.helper.bot.school.SchoolContact;
import dk.unilogin.helper.bot.school.SchoolProfile;
import dk.unilogin.helper.bot.school.SchoolService;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads one school profile (YAML) strictly: unknown keys, wrong shapes, missing id or
 * name, malformed addresses and colours all fail with the file and line.
 */
final class SchoolFileParser {

    static final int MAX_FILE_CHARS = 64 * 1024;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s()<>\\[\\]\"']+", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORIGIN = Pattern.compile("https?://[a-z0-9.-]+(:[0-9]{1,5})?", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("[^\\s@()<>\\[\\]]+@[^\\s@()<>\\[\\]]+\\.[a-zA-Z]{2,}");
    private static final Pattern COLOUR = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final Pattern COLOUR_NAME = Pattern.compile("[a-z][a-z-]{0,30}");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    private static final Set<String> TOP_KEYS = orderedSet("id", "name", "aliases", "contact", "services",
            "computer-login", "allowed-origins", "widget-colors", "staff", "direct-line-secret-sha256");
    private static final Set<String> CONTACT_KEYS = orderedSet("phone", "email", "web", "office-hours");
    private static final Set<String> SERVICE_KEYS = orderedSet("name", "login-url");
    private static final Set<String> STAFF_KEYS = orderedSet("username", "password-hash");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    /** Spring Security's delegating format: the encoder's id in braces, then the hash. */
    private static final Pattern PASSWORD_HASH = Pattern.compile(
            "\\{(bcrypt|argon2|pbkdf2|scrypt)(@SpringSecurity_v5_8)?}\\S{20,}");

    private SchoolFileParser() {
    }

    static SchoolEntry parse(String file, Reader reader) {
        Node root = compose(file, reader);
        YamlMap top = YamlMap.of(file, root, "the school profile", TOP_KEYS);
        String id = top.requiredText("id", "A school profile");
        if (!ID.matcher(id).matches()) {
            throw YamlMap.error(file, top.node("id"),
                    "id '" + id + "' must be lower-case letters, digits and '-' (at most 63), e.g. vestskolen-odense");
        }
        String name = top.requiredText("name", "A school profile");
        SchoolProfile profile = new SchoolProfile(id, name, contact(top), services(top),
                stripped(top.text("computer-login")), origins(top), colours(top));
        return new SchoolEntry(profile, top.textList("aliases"), staff(top, id), file, directLineSecretHash(top));
    }

    /** Only the secret's hash is kept in the file, so a leaked profile gives no access. */
    private static String directLineSecretHash(YamlMap top) {
        String hash = stripped(top.text("direct-line-secret-sha256"));
        if (hash != null && !SHA256_HEX.matcher(hash).matches()) {
            throw YamlMap.error(top.file(), top.node("direct-line-secret-sha256"),
                    "'direct-line-secret-sha256' must be the 64 hex digits of the secret's SHA-256, "
                            + "e.g. the output of: printf %s \"$SECRET\" | sha256sum");
        }
        return hash == null ? null : hash.toLowerCase(Locale.ROOT);
    }

    private static Node compose(String file, Reader reader) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(5);
        options.setCodePointLimit(MAX_FILE_CHARS);
        options.setAllowRecursiveKeys(false);
        try {
            Node root = new Yaml(options).compose(reader);
            if (root == null) {
                throw new SchoolFormatException(file, 1, "the file is empty; it needs at least 'id' and 'name'");
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 1;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new SchoolFormatException(file, line, "not valid YAML: " + problem);
        } catch (YAMLException e) {
            throw new SchoolFormatException(file, 1, "not valid YAML: " + e.getMessage());
        }
    }

    private static SchoolContact contact(YamlMap top) {
        Node node = top.node("contact");
        if (node == null) {
            return null;
        }
        YamlMap contact = YamlMap.of(top.file(), node, "contact", CONTACT_KEYS);
        String email = stripped(contact.text("email"));
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw YamlMap.error(top.file(), contact.node("email"), "email '" + email + "' is not an e-mail address");
        }
        return new SchoolContact(stripped(contact.text("phone")), email, webAddress(contact, "web"),
                stripped(contact.text("office-hours")));
    }

    private static List<SchoolService> services(YamlMap top) {
        List<SchoolService> services = new ArrayList<>();
        for (Node item : top.list("services")) {
            YamlMap service = YamlMap.of(top.file(), item, "a service", SERVICE_KEYS);
            services.add(new SchoolService(service.requiredText("name", "A service"), webAddress(service, "login-url")));
        }
        return services;
    }

    private static List<StaffAccount> staff(YamlMap top, String schoolId) {
        List<StaffAccount> staff = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        for (Node item : top.list("staff")) {
            YamlMap account = YamlMap.of(top.file(), item, "a staff login", STAFF_KEYS);
            String username = account.requiredText("username", "A staff login");
            if (!USERNAME.matcher(username).matches()) {
                throw YamlMap.error(top.file(), account.node("username"), "staff username '" + username
                        + "' must be letters, digits and . _ @ - (at most 64), e.g. kontoret");
            }
            if (!names.add(username.toLowerCase(java.util.Locale.ROOT))) {
                throw YamlMap.error(top.file(), account.node("username"), "staff username '" + username
                        + "' appears twice");
            }
            String hash = account.requiredText("password-hash", "A staff login");
            if (!PASSWORD_HASH.matcher(hash).matches()) {
                // Never quote the value: it may be a password written in by mistake.
                throw YamlMap.error(top.file(), account.node("password-hash"), "password-hash must be a hash such as "
                        + "\"{bcrypt}$2a$10$...\", made with: java -jar unilogin-bot.jar hash-password");
            }
            staff.add(new StaffAccount(username, hash, schoolId));
        }
        return staff;
    }

    private static List<String> origins(YamlMap top) {
        List<String> origins = top.textList("allowed-origins");
        List<Node> nodes = top.list("allowed-origins");
        for (int i = 0; i < origins.size(); i++) {
            if (!ORIGIN.matcher(origins.get(i)).matches()) {
                throw YamlMap.error(top.file(), nodes.get(i), "allowed origin '" + origins.get(i)
                        + "' must be scheme, host and optional port, e.g. https://www.vestskolen.dk (no path)");
            }
        }
        return origins;
    }

    private static Map<String, String> colours(YamlMap top) {
        Node node = top.node("widget-colors");
        Map<String, String> colours = new LinkedHashMap<>();
        if (node == null) {
            return colours;
        }
        if (!(node instanceof MappingNode mapping)) {
            throw YamlMap.error(top.file(), node, "'widget-colors' must be a mapping such as 'primary: \"#0b5cad\"'");
        }
        Set<String> names = new LinkedHashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                names.add(key.getValue());
            }
        }
        YamlMap map = YamlMap.of(top.file(), node, "widget-colors", names);
        for (String name : map.keys()) {
            String value = map.text(name);
            if (!COLOUR_NAME.matcher(name).matches() || value == null || !COLOUR.matcher(value.strip()).matches()) {
                throw YamlMap.error(top.file(), map.node(name),
                        "widget colour '" + name + "' must be a hex colour in quotes, e.g. \"#0b5cad\"");
            }
            colours.put(name, value.strip());
        }
        return colours;
    }

    private static String webAddress(YamlMap map, String key) {
        String url = stripped(map.text(key));
        if (url != null && !WEB_ADDRESS.matcher(url).matches()) {
            throw YamlMap.error(map.file(), map.node(key), "'" + key + "' must be a web address starting with https://");
        }
        return url;
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Set<String> orderedSet(String... keys) {
        return new LinkedHashSet<>(List.of(keys));
    }
}
