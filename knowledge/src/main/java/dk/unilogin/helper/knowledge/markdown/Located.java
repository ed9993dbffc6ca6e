package dk.unilogin.helper.knowledge.markdown;

/** A value read from a file together with the 1-based line it stood on, for error messages. */
public record Located(String value, int line) {
}
