package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.KnowledgeFormatException;
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

    private final Map<String, Set<String>> byPassage;

    private PassageRoles(Map<String, Set<String>> byPassage) {
        this.byPassage = Map.copyOf(byPassage);
    }

    /** Reads the list; a bad line, or when {@code strict} an unknown passage id, names the line. */
    public static PassageRoles parse(String source, String text, Collection<String> passageIds, boolean strict) {
        Map<String, Set<String>> byPassage = new HashMap<>();
        for (PassageListFile.Entry entry : PassageListFile.read(source, text, passageIds, strict, "passage-id: role, role")) {
            Set<String> roles = byPassage.computeIfAbsent(entry.passage(), p -> new HashSet<>());
            for (String name : entry.items()) {
                if (!ROLES.contains(name)) {
                    throw new KnowledgeFormatException(source, entry.line(), "unknown role '" + name + "' (parent-own, parent-child, pupil, staff)");
                }
                roles.add(name);
            }
        }
        return new PassageRoles(byPassage);
    }

    /** Whether {@code passageId} is written for a writer of {@code role} (null role: anyone). */
    boolean suits(String passageId, String role) {
        Set<String> roles = byPassage.get(passageId);
        return role == null || roles == null || roles.contains(role);
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
