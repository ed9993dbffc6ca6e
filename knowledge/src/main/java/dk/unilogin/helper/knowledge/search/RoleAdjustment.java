package dk.unilogin.helper.knowledge.search;

/**
 * When the message says who writes (a parent about a child, a parent about their own login, a
 * pupil; {@link WriterRoles}), a passage written for another writer ({@link PassageRoles}) is
 * multiplied by {@code adjust.role-factor}.
 */
final class RoleAdjustment implements ScoreAdjustment {
    private final PassageRoles roles;
    private final MatcherSettings settings;

    RoleAdjustment(PassageRoles roles, MatcherSettings settings) {
        this.roles = roles;
        this.settings = settings;
    }

    @Override
    public void apply(ReadMessage message, Query query, ScoreSheet sheet, ExplainLog log) {
        String role = message.writer().roleKey();
        if (role == null) {
            return;
        }
        for (ScoreSheet.Entry entry : sheet.entries()) {
            if (!roles.suits(entry.passageId, role)) {
                entry.score = entry.score * settings.roleFactor;
                if (log.on()) {
                    log.add("adjust", String.format("writer is %s: %s is for another writer, x%.2f", role, entry.passageId,
                            settings.roleFactor));
                }
            }
        }
    }
}
