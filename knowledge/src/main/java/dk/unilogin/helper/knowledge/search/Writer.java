package dk.unilogin.helper.knowledge.search;

/**
 * Who writes a message and about whom, as its words say ({@code matching/writer-roles.txt}).
 *
 * @param role       a parent, a pupil, school staff writing about a pupil, or not said
 * @param aboutChild whether the message is about a child rather than the writer's own login
 * @param cue        the words that said so, for the explanation ("" when nothing did)
 * @param own        whether the writer speaks of their own login ("mit brugernavn", "mig selv")
 */
record Writer(Role role, boolean aboutChild, String cue, boolean own) {
    enum Role { PARENT, PUPIL, STAFF, UNKNOWN }

    static final Writer UNKNOWN = new Writer(Role.UNKNOWN, false, "", false);

    Writer(Role role, boolean aboutChild, String cue) {
        this(role, aboutChild, cue, false);
    }

    /** The passage role this writer asks for (see {@link PassageRoles}), or null when the message does not say. */
    String roleKey() {
        return switch (role) {
            case PARENT -> aboutChild ? "parent-child" : "parent-own";
            case PUPIL -> "pupil";
            case STAFF -> "staff";
            case UNKNOWN -> aboutChild ? "parent-child" : null;
        };
    }

    @Override
    public String toString() {
        return switch (role) {
            case PARENT -> "parent";
            case PUPIL -> "pupil";
            case STAFF -> "school staff";
            case UNKNOWN -> "not said";
        } + (aboutChild ? ", about a child" : "") + (cue.isEmpty() ? "" : " (" + cue + ")");
    }
}
