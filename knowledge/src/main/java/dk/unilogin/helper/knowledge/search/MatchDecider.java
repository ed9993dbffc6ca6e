package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.MatchDecision;
import dk.unilogin.helper.knowledge.MatchResult;
import dk.unilogin.helper.knowledge.PassageMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Stage 5, decide: NONE below the threshold or when a message outside the guide won; CLARIFY
 * when the second passage is within the margin of the first; else ANSWER. The school's passage, which
 * any question about school life fits a little ("logger ind i Aula … hvornår er efterårsferien?"), needs
 * {@code decide.school-threshold} unless the message is its own case: Unilogin works and a service will not
 * let the writer in, or it asks whom to turn to ({@link ScoreSheet#schoolsOwnCase}). Confidence is 0.5 at
 * the threshold, rising to 1 with the score; a better fit outside the guide pulls it under 0.5.
 */
final class MatchDecider {
    private final MatcherSettings settings;
    /** The school's passage ("contact the school"), which fits any trouble at school a little. */
    private final Predicate<String> schoolsPassage;

    MatchDecider(MatcherSettings settings, Predicate<String> schoolsPassage) {
        this.settings = settings;
        this.schoolsPassage = schoolsPassage;
    }

    /** The verdict on an opening message, or on a reply among passages already offered ({@code opening} false). */
    MatchResult decide(ScoreSheet sheet, boolean opening, ExplainLog log) {
        return decide(sheet, opening, opening ? settings.threshold : settings.amongThreshold, log);
    }

    /** {@link #decide} with the least score for a passage to be offered given. */
    MatchResult decide(ScoreSheet sheet, boolean opening, double threshold, ExplainLog log) {
        List<PassageMatch> matches = new ArrayList<>();
        for (ScoreSheet.Entry entry : sheet.ranked()) {
            matches.add(new PassageMatch(entry.passageId, entry.score, confidence(entry.score, sheet.outside, threshold)));
        }
        MatchResult result = decision(matches, sheet, threshold, opening);
        if (log.on()) {
            String first = result.best().map(m -> String.format(" %s, score %.3f, confidence %.2f", m.passageId(),
                    m.score(), m.confidence())).orElse("");
            String why = result.decision() != MatchDecision.NONE || matches.isEmpty() ? ""
                    : sheet.declined ? " (" + sheet.declinedBecause + ")"
                    : matches.get(0).score() >= threshold ? String.format(" (the school's passage below %.3f)", settings.schoolThreshold)
                    : String.format(" (below the threshold %.2f)", threshold);
            log.add("decide", result.decision() + first + why);
        }
        return result;
    }

    private MatchResult decision(List<PassageMatch> matches, ScoreSheet sheet, double threshold, boolean opening) {
        if (matches.isEmpty()) {
            return MatchResult.none(matches);
        }
        double top = matches.get(0).score();
        if (top < threshold || sheet.declined) {
            return MatchResult.none(matches);
        }
        if (opening && top < settings.schoolThreshold && !sheet.schoolsOwnCase
                && schoolsPassage.test(matches.get(0).passageId())) {
            return MatchResult.none(matches);
        }
        if (matches.size() > 1) {
            double second = matches.get(1).score();
            if (second >= threshold && top - second < settings.clarifyMargin) {
                return new MatchResult(MatchDecision.CLARIFY, matches);
            }
        }
        return new MatchResult(MatchDecision.ANSWER, matches);
    }

    private double confidence(double score, double outside, double threshold) {
        double effective = outside >= score ? Math.min(score, threshold) - (outside - score) - 0.01 : score;
        double value = 1 / (1 + Math.exp(-settings.steepness * (effective - threshold)));
        return Math.max(0, Math.min(1, value));
    }
}
