package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads whether a message says the login that fails is a device's own ({@code matching/device-logins.txt}): its login
 * screen, its start-up, its logon server, logging in on the computer itself. Such a message asks for the computer's
 * login, not for the passages that list names ({@code passages:}).
 */
public final class DeviceLogins {
    static final String BUNDLED = "matching/device-logins.txt";

    private final PrescannedPatterns patterns;
    private final Set<String> otherLogins;

    private DeviceLogins(List<Pattern> patterns, Set<String> otherLogins) {
        this.patterns = new PrescannedPatterns(patterns);
        this.otherLogins = Set.copyOf(otherLogins);
    }

    /**
     * The bundled list for a guide with {@code passageIds}; a guide folder may leave out passages the list names, which
     * are then left out of it (its expressions and ids are checked against the bundled guide by the tests).
     */
    public static DeviceLogins bundled(Collection<String> passageIds) {
        return parse(BUNDLED, MatchingLists.resource(BUNDLED), passageIds, false);
    }

    /** With {@code strict}, a passage id that {@code passageIds} lacks fails the load with file and line. */
    static DeviceLogins parse(String source, String text, Collection<String> passageIds, boolean strict) {
        List<Pattern> patterns = new ArrayList<>();
        Set<String> passages = new LinkedHashSet<>();
        int number = 0;
        for (String line : text.lines().toList()) {
            number++;
            String item = line.strip();
            if (item.isEmpty() || item.startsWith("#")) {
                continue;
            }
            if (item.startsWith("passages:")) {
                for (String id : item.substring("passages:".length()).split(",")) {
                    if (passageIds.contains(id.strip())) {
                        passages.add(id.strip());
                    } else if (strict) {
                        throw new KnowledgeFormatException(source, number, "no passage has the id '" + id.strip() + "'");
                    }
                }
                continue;
            }
            try {
                patterns.add(Pattern.compile(item, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                throw new KnowledgeFormatException(source, number, "not a regular expression: " + e.getDescription());
            }
        }
        return new DeviceLogins(patterns, passages);
    }

    /** Whether {@code message} says the login that fails is a device's own. */
    boolean named(String message) {
        return named(message, true);
    }

    /**
     * With {@code prescan} an expression runs only when the message holds one of its {@link LeadingWords} (tests compare
     * both).
     */
    boolean named(String message, boolean prescan) {
        return patterns.foundIn(message, prescan);
    }

    /** Whether every expression's leading words were read, so that none runs on every message. */
    boolean allRead() {
        return patterns.allRead();
    }

    /** The passages about other logins, which a message naming a device's own does not ask for. */
    Set<String> otherLogins() {
        return otherLogins;
    }
}
