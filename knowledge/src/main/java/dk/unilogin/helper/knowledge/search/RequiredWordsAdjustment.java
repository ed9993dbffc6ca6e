package dk.unilogin.helper.knowledge.search;

/**
 * A passage whose required words ({@code matching/required-words.txt}) the message lacks is
 * multiplied by {@code adjust.required-words-factor}: the computer passage answers logging in
 * on a computer, not a computer lost. The school's passage is spared in every part of a message that as a whole is
 * its own case, Unilogin working while a service will not let the writer in ("Hun skal bruge Office365 til sin
 * projektopgave. Hendes Unilogin virker alle andre steder, men Office vil ikke lade hende komme ind.").
 */
final class RequiredWordsAdjustment implements ScoreAdjustment {
    private final RequiredWords required;
    private final MatcherSettings settings;
    private final UniloginWorks works;

    RequiredWordsAdjustment(RequiredWords required, MatcherSettings settings, UniloginWorks works) {
        this.required = required;
        this.settings = settings;
        this.works = works;
    }

    @Override
    public void apply(ReadMessage message, Query query, ScoreSheet sheet, ExplainLog log) {
        for (ScoreSheet.Entry entry : sheet.entries()) {
            if (!required.allows(entry.passageId, query.weights().keySet())) {
                if (message.schoolsOwnCase() && works.answers(entry.passageId)) {
                    continue;
                }
                entry.score = entry.score * settings.requiredWordsFactor;
                if (log.on()) {
                    log.add("adjust", String.format("required words: none of %s's, x%.2f", entry.passageId,
                            settings.requiredWordsFactor));
                }
            }
        }
    }
}
