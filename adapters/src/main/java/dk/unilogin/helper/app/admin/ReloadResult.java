package dk.unilogin.helper.app.admin;

import java.time.Instant;

/** What one reload did: {@code ok} with a summary, or the error (with file and line) and the old set kept. */
public record ReloadResult(String target, boolean ok, Instant at, String summary, String error) {

    public static ReloadResult ok(String target, Instant at, String summary) {
        return new ReloadResult(target, true, at, summary, null);
    }

    public static ReloadResult failed(String target, Instant at, String error) {
        return new ReloadResult(target, false, at, "the previous set stays in use", error);
    }
}
