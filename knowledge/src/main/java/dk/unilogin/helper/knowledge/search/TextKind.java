package dk.unilogin.helper.knowledge.search;

/** The kinds of indexed text; how much a fit on each counts is a setting ({@code score.*-factor}). */
enum TextKind {
    TITLE,
    EXAMPLE,
    BODY,
    OUTSIDE
}
