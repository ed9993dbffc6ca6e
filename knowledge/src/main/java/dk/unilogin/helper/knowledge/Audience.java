package dk.unilogin.helper.knowledge;

/** Who a passage is written for, as its front matter says (forælder / elev / alle). */
public enum Audience {
    FORAELDER,
    ELEV,
    ALLE
}
