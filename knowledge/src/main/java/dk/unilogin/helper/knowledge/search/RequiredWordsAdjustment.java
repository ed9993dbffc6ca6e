package dk.unilogin.helper.knowledge.search;

/**
 * A passage whose required words ({@code matching/required-words.txt}) the message lacks is
 * multiplied by {@code adjust.required-words-factor}: the computer passage answers logging in
 * on a computer, not a computer lost.
 */
final class RequiredWordsAdjustment implements ScoreAdjustment {
    private final RequiredWords required;
    private final MatcherSettings settings;

    RequiredWordsAdjustment(RequiredWords required, MatcherSettings settings) {
        this.required = required;
        this.settings = settings;
    }

    @Override
    public void apply(ReadMessage message, Query query, ScoreSheet sheet, ExplainLog log) {
        for (ScoreSheet.Entry entry : sheet.entries()) {
            if (!required.allows(entry.passageId, query.weights().keySet())) {
                entry.score = entry.score * settings.requiredWordsFactor;
                if (log.on()) {
                    log.add("adjust", String.format("required words: none of %s's, x%.2f", entry.passageId,
                            settings.requiredWordsFactor));
                }
            }
        }
    }
}
