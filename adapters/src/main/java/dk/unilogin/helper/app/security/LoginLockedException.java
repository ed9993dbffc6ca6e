package dk.unilogin.helper.app.security;

import java.time.Duration;
import org.springframework.security.authentication.AccountStatusException;

/**
 * The client's address is locked out of the admin login for a while. An account-status
 * failure, so no other provider is asked after it and the right password does not get in.
 */
final class LoginLockedException extends AccountStatusException {
    private final transient Duration wait;

    LoginLockedException(Duration wait) {
        super("Admin login locked for this address");
        this.wait = wait;
    }

    Duration waitFor() {
        return wait;
    }
}
