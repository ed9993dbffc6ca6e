package dk.unilogin.helper.bot;

/** What kind of reply a turn produced; recorded for insights and evaluation. */
public enum TurnOutcome {
    WELCOME,
    ANSWER,
    STEP,
    CLARIFY,
    SMALL_TALK,
    FALLBACK,
    FEEDBACK,
    SCHOOL,
    SILENT
}
