package dk.unilogin.helper.app.school;

import java.util.Objects;

/**
 * A school's staff login from its profile: the name, the password hash in Spring
 * Security's delegating format ({@code {bcrypt}$2a$...}) and the one school it may see.
 */
public record StaffAccount(String username, String passwordHash, String schoolId) {
    public StaffAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(schoolId, "schoolId");
    }

    /** Does not print the hash. */
    @Override
    public String toString() {
        return "StaffAccount[username=" + username + ", school=" + schoolId + "]";
    }
}
