package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The writers each passage is written for ({@code matching/passage-roles.txt}): a parent's own
 * login, a parent about a child, a pupil, school staff about a pupil. Passages not listed suit every writer.
 */
public final class PassageRoles {
    public static final String BUNDLED = "matching/passage-roles.txt";
    static final Set<String> ROLES = Set.of("parent-own", "parent-child", "pupil", "staff");

    private static final String UNLESS = " unless ";
    private static final String IF = " if ";
    /** The condition "role if of-age": the message names a pupil of fifteen or more ({@link PupilAges}). */
    static final String OF_AGE = "of-age";
    /** The condition "role unless own-mitid": the message names a pupil of fifteen or more with their own MitID. */
    static final String OWN_MITID = "own-mitid";
    /** What "role if condition" may name; any other word after "if" is a word of the message. */
    static final Set<String> CONDITIONS = Set.of(OF_AGE);
    /** What "role unless condition" may name; any other word after "unless" is a word of the message. */
    static final Set<String> UNLESS_CONDITIONS = Set.of(OWN_MITID);
    /** "if a+b": every part must hold; "!a": the part must not. */
    private static final String AND = "\\+";
    private static final String NOT = "!";

    private final Map<String, Set<String>> byPassage;
    /** Roles a passage suits only when the message lacks a word: passage → role → that word as written. */
    private final Map<String, Map<String, String>> unlessWord;
    /**
     * Roles a passage suits only when the message meets a condition ({@link #CONDITIONS}) or has a word: passage → role →
     * those conditions and words, any one of which will do.
     */
    private final Map<String, Map<String, Set<String>>> ifCondition;

    private PassageRoles(Map<String, Set<String>> byPassage, Map<String, Map<String, String>> unlessWord,
                         Map<String, Map<String, Set<String>>> ifCondition) {
        this.byPassage = Map.copyOf(byPassage);
        this.unlessWord = Map.copyOf(unlessWord);
        this.ifCondition = Map.copyOf(ifCondition);
    }

    /** Reads the list; a bad line, or when {@code strict} an unknown passage id, names the line. */
    public static PassageRoles parse(String source, String text, Collection<String> passageIds, boolean strict) {
        Map<String, Set<String>> byPassage = new HashMap<>();
        Map<String, Map<String, String>> unlessWord = new HashMap<>();
        Map<String, Map<String, Set<String>>> ifCondition = new HashMap<>();
        for (PassageListFile.Entry entry : PassageListFile.read(source, text, passageIds, strict, "passage-id: role, role")) {
            Set<String> roles = byPassage.computeIfAbsent(entry.passage(), p -> new HashSet<>());
            for (String item : entry.items()) {
                int unless = item.indexOf(UNLESS);
                int when = item.indexOf(IF);
                int split = unless >= 0 ? unless : when;
                String name = split < 0 ? item : item.substring(0, split).strip();
                if (!ROLES.contains(name)) {
                    throw new KnowledgeFormatException(source, entry.line(), "unknown role '" + name + "' (parent-own, parent-child, pupil, staff)");
                }
                if (split < 0) {
                    roles.add(name);
                    continue;
                }
                if (unless >= 0 && UNLESS_CONDITIONS.contains(item.substring(split + UNLESS.length()).strip())) {
                    // "parent-child unless own-mitid": written for that writer, except when the message meets the condition.
                    roles.add(name);
                }
                String keyword = unless >= 0 ? UNLESS : IF;
                String word = item.substring(split + keyword.length()).strip();
                if (word.isEmpty() || word.contains(" ")) {
                    throw new KnowledgeFormatException(source, entry.line(),
                            "expected one word after '" + keyword.strip() + "' in '" + item + "'");
                }
                if (unless >= 0) {
                    unlessWord.computeIfAbsent(entry.passage(), p -> new HashMap<>()).put(name, word);
                } else {
                    ifCondition.computeIfAbsent(entry.passage(), p -> new HashMap<>()).computeIfAbsent(name, r -> new HashSet<>()).add(word);
                }
            }
        }
        return new PassageRoles(byPassage, unlessWord, ifCondition);
    }

    /** Whether {@code passageId} is written for a writer of {@code role} (null role: anyone). */
    boolean suits(String passageId, String role) {
        Set<String> roles = byPassage.get(passageId);
        return role == null || roles == null || roles.contains(role);
    }

    /**
     * The word whose absence makes {@code passageId} suit a writer of {@code role} after all
     * ("skift-adgangskode-barn: pupil unless brugernavn": a pupil who forgot the code, not the username,
     * gets a new code the way a parent makes one), or null.
     */
    String suitsUnless(String passageId, String role) {
        Map<String, String> words = unlessWord.get(passageId);
        return role == null || words == null ? null : words.get(role);
    }

    /**
     * The conditions and words, any one of which makes {@code passageId} suit a writer of {@code role} after all
     * ("elev-brugernavn: parent-child if of-age": a pupil of fifteen or more may get their own username, whoever writes
     * about them), or none.
     */
    Set<String> suitsIf(String passageId, String role) {
        Map<String, Set<String>> conditions = ifCondition.get(passageId);
        return role == null || conditions == null ? Set.of() : conditions.getOrDefault(role, Set.of());
    }

    /** Every word an "unless" or an "if" names, for reading them once (the conditions they may name are not words). */
    Set<String> conditionWords() {
        Set<String> words = new HashSet<>();
        unlessWord.values().forEach(byRole -> words.addAll(byRole.values()));
        ifCondition.values().forEach(byRole -> byRole.values().forEach(
                conditions -> conditions.forEach(condition -> Arrays.stream(parts(condition)).map(PassageRoles::bare)
                        .forEach(words::add))));
        words.removeAll(UNLESS_CONDITIONS);
        words.removeAll(CONDITIONS);
        return words;
    }

    /** The parts of an "if" condition ("hvem+udlever"), every one of which must hold. */
    static String[] parts(String condition) {
        return condition.split(AND);
    }

    /** Whether a part of a condition must not hold ("!of-age"). */
    static boolean negated(String part) {
        return part.startsWith(NOT);
    }

    /** A part of a condition without its mark. */
    static String bare(String part) {
        return negated(part) ? part.substring(NOT.length()) : part;
    }

    /** Whether both passages are written for the same writers. */
    boolean sameWriters(String a, String b) {
        return java.util.Objects.equals(byPassage.get(a), byPassage.get(b));
    }

    /** Whether the passage is written for a parent about a child only. */
    boolean forChild(String passageId) {
        Set<String> roles = byPassage.get(passageId);
        return roles != null && roles.contains("parent-child") && !roles.contains("parent-own") && !roles.contains("pupil");
    }

    /** Whether the passage is written for one kind of writer only. */
    boolean hasRole(String passageId) {
        return byPassage.containsKey(passageId);
    }
}
