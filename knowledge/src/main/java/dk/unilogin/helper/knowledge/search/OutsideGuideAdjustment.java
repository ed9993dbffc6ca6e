package dk.unilogin.helper.knowledge.search;

/**
 * A message known to lie outside the guide ({@code matching/outside-guide.txt}: greetings,
 * other log-ins, school life) that fits at least as well as the best passage takes the match
 * away from the passages.
 */
final class OutsideGuideAdjustment implements ScoreAdjustment {

    @Override
    public void apply(ReadMessage message, Query query, ScoreSheet sheet, ExplainLog log) {
        if (sheet.isEmpty() || sheet.outside < sheet.top()) {
            return;
        }
        sheet.declined = true;
        sheet.declinedBecause = "outside the guide";
        if (log.on()) {
            log.add("adjust", String.format("outside the guide: \"%s\" fits as well (%.3f) as the best passage (%.3f)",
                    TextScorer.brief(sheet.outsideText == null ? "" : sheet.outsideText.source()), sheet.outside, sheet.top()));
        }
    }
}
