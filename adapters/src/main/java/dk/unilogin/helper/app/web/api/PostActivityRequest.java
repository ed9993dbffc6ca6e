package dk.unilogin.helper.app.web.api;

/** What the user did: typed {@code text}, or pressed a suggested action whose value is {@code value}. */
public record PostActivityRequest(String text, String value) {
}
