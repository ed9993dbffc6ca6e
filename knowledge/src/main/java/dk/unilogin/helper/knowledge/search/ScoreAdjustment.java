package dk.unilogin.helper.knowledge.search;

/**
 * Stage 4, adjust: one correction of the passages' scores after scoring, for what the fit of
 * words alone misses. Applied to an opening message only; a reply that picks among passages
 * already offered is scored as it is.
 */
interface ScoreAdjustment {
    void apply(ReadMessage message, Query query, ScoreSheet sheet, ExplainLog log);
}
