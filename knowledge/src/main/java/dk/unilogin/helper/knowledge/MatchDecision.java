package dk.unilogin.helper.knowledge;

/** What the matcher advises the bot to do with a message. */
public enum MatchDecision {
    /** One passage is the answer: the first of the ranking. */
    ANSWER,
    /** The first two (or more) candidates are close: ask which one is meant. */
    CLARIFY,
    /** No passage of the guide answers this message. */
    NONE
}
