package dk.unilogin.helper.knowledge;

import java.util.Optional;

/**
 * The result of a reload: either the new set is in use, or the old one stayed and
 * {@code error} says why (with {@code file} and {@code line} when a file was at fault).
 */
public record ReloadOutcome(boolean reloaded, int passages, String error, String file, int line) {

    static ReloadOutcome success(int passages) {
        return new ReloadOutcome(true, passages, null, null, 0);
    }

    static ReloadOutcome failure(String error, String file, int line) {
        return new ReloadOutcome(false, 0, error, file, line);
    }

    public Optional<String> errorMessage() {
        return Optional.ofNullable(error);
    }
}
