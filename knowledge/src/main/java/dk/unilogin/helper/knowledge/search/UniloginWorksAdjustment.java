package dk.unilogin.helper.knowledge.search;

import java.util.Set;

/**
 * A message that says Unilogin itself works ("Unilogin virker, men Teams gør ikke") is not
 * about the account: the passages that fix it ({@link UniloginWorks}) are multiplied by
 * {@code adjust.unilogin-works-factor}, and so is the computer's login when the message says the
 * child is logged in on it. A passage whose error the message names ("men på læseappen står der 'Ingen adgang'.
 * Hvad betyder det?") is not: Unilogin working while one service says no access is that error; unless the message
 * asks whom to turn to ("Hvem skal vi kontakte?"), which the school's passage answers. Without such a phrase, a forgotten
 * code lowers the school's passage, and a code or username at hand the passages that hand them out.
 */
final class UniloginWorksAdjustment implements ScoreAdjustment {
    private final UniloginWorks works;
    private final MatcherSettings settings;

    UniloginWorksAdjustment(UniloginWorks works, MatcherSettings settings) {
        this.works = works;
        this.settings = settings;
    }

    @Override
    public void apply(ReadMessage message, Query query, ScoreSheet sheet, ExplainLog log) {
        String phrase = message.uniloginWorks();
        if (phrase == null) {
            lowerSchoolWhenForgotten(message, sheet, log);
            lowerCredentialsAtHand(message, sheet, log);
            return;
        }
        // Trouble inside a service ("men hun kan ikke finde ugens opgaver") is not the school's login support either.
        double school = works.troubleIsGettingIn(message.words(), phrase) ? settings.uniloginWorksBoost
                : settings.uniloginWorksFactor;
        Set<String> named = works.asksWhom(message.words()) ? Set.of() : message.namedErrors();
        for (ScoreSheet.Entry entry : sheet.entries()) {
            if (works.fixesWhatWorks(phrase, entry.passageId) && !named.contains(entry.passageId)) {
                entry.score = entry.score * settings.uniloginWorksFactor;
            } else if (works.answers(entry.passageId)) {
                entry.score = Math.min(1, entry.score * school);
            }
        }
        if (log.on()) {
            log.add("adjust", String.format("Unilogin works (\"%s\"): the passages fixing the account x%.2f, the school's x%.2f%s",
                    phrase, settings.uniloginWorksFactor, school,
                    school == settings.uniloginWorksBoost ? "" : " (the trouble is not getting in)"));
        }
    }

    /**
     * A forgotten code or username ("hun kan ikke komme ind på Meebook, da hun har glemt sin kode") is the account's
     * trouble, not the one the school's passage is about (Unilogin works, a service does not); unless the message asks
     * whom to turn to.
     */
    private void lowerSchoolWhenForgotten(ReadMessage message, ScoreSheet sheet, ExplainLog log) {
        if (!works.saysCredentialsForgotten(message.words()) || works.asksWhom(message.words())) {
            return;
        }
        for (ScoreSheet.Entry entry : sheet.entries()) {
            if (works.answers(entry.passageId)) {
                entry.score = entry.score * settings.forgottenLoginSchoolFactor;
            }
        }
        if (log.on()) {
            log.add("adjust", String.format("a code or username is forgotten: the school's passages x%.2f",
                    settings.forgottenLoginSchoolFactor));
        }
    }

    /**
     * A message that has the code or username at hand ("Hun har fået brugernavn og kode, men hvor skal hun bruge dem?")
     * does not ask for them, unless it says one of them is forgotten ("har brugernavn og kode, men har glemt koden").
     */
    private void lowerCredentialsAtHand(ReadMessage message, ScoreSheet sheet, ExplainLog log) {
        Set<String> passages = works.passagesForWhatIsAtHand(message.words());
        if (passages.isEmpty() || works.saysCredentialsForgotten(message.words())) {
            return;
        }
        for (ScoreSheet.Entry entry : sheet.entries()) {
            if (passages.contains(entry.passageId)) {
                entry.score = entry.score * settings.credentialsAtHandFactor;
            }
        }
        if (log.on()) {
            log.add("adjust", String.format("the code or username is at hand: %s x%.2f", passages.stream().sorted().toList(),
                    settings.credentialsAtHandFactor));
        }
    }
}
