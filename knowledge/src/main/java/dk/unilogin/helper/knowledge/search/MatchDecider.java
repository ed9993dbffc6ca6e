package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.MatchDecision;
import dk.unilogin.helper.knowledge.MatchResult;
import dk.unilogin.helper.knowledge.PassageMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 5, decide: NONE below the threshold or when a message outside the guide won; CLARIFY
 * when the second passage is within the margin of the first; else ANSWER. Confidence is 0.5 at
 * the threshold, rising to 1 with the score; a better fit outside the guide pulls it under 0.5.
 */
final class MatchDecider {
    private final MatcherSettings settings;

    MatchDecider(MatcherSettings settings) {
        this.settings = settings;
    }

    MatchResult decide(ScoreSheet sheet, double threshold, ExplainLog log) {
        List<PassageMatch> matches = new ArrayList<>();
        for (ScoreSheet.Entry entry : sheet.ranked()) {
            matches.add(new PassageMatch(entry.passageId, entry.score, confidence(entry.score, sheet.outside, threshold)));
        }
        MatchResult result = decision(matches, sheet, threshold);
        if (log.on()) {
            String first = result.best().map(m -> String.format(" %s, score %.3f, confidence %.2f", m.passageId(),
                    m.score(), m.confidence())).orElse("");
            String why = result.decision() != MatchDecision.NONE || matches.isEmpty() ? ""
                    : sheet.declined ? " (" + sheet.declinedBecause + ")"
                    : String.format(" (below the threshold %.2f)", threshold);
            log.add("decide", result.decision() + first + why);
        }
        return result;
    }

    private MatchResult decision(List<PassageMatch> matches, ScoreSheet sheet, double threshold) {
        if (matches.isEmpty()) {
            return MatchResult.none(matches);
        }
        double top = matches.get(0).score();
        if (top < threshold || sheet.declined) {
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
