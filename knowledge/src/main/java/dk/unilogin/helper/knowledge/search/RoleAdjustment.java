package dk.unilogin.helper.knowledge.search;

/**
 * When the message says who writes (a parent about a child, a parent about their own login, a
 * pupil; {@link WriterRoles}), a passage written for another writer ({@link PassageRoles}) is
 * multiplied by {@code adjust.role-factor}, unless it suits that writer on its word or condition
 * ({@link WriterConditions}). A passage written for the writer "unless own-mitid" is multiplied the same when the
 * message names a pupil of fifteen or more with their own MitID.
 */
final class RoleAdjustment implements ScoreAdjustment {
    private final WriterConditions conditions;
    private final MatcherSettings settings;

    RoleAdjustment(WriterConditions conditions, MatcherSettings settings) {
        this.conditions = conditions;
        this.settings = settings;
    }

    @Override
    public void apply(ReadMessage message, Query query, ScoreSheet sheet, ExplainLog log) {
        String role = message.writer().roleKey();
        if (role == null) {
            return;
        }
        for (ScoreSheet.Entry entry : sheet.entries()) {
            boolean forAnotherWriter = !conditions.suits(message, entry.passageId, role);
            boolean notOnItsCondition = !forAnotherWriter && conditions.notWithItsCondition(message, entry.passageId, role);
            if (forAnotherWriter || notOnItsCondition) {
                entry.score = entry.score * settings.roleFactor;
                if (log.on()) {
                    log.add("adjust", String.format("writer is %s: %s is %s, x%.2f", role, entry.passageId, forAnotherWriter
                            ? "for another writer" : "not for a pupil of fifteen or more with their own MitID", settings.roleFactor));
                }
            }
        }
    }
}
