package dk.unilogin.helper.knowledge.search;

/** The kinds of indexed text, with how much a match on each counts towards a passage. */
enum TextKind {
    TITLE(1.0),
    EXAMPLE(1.0),
    BODY(0.75),
    OUTSIDE(1.0);

    final double factor;

    TextKind(double factor) {
        this.factor = factor;
    }
}
