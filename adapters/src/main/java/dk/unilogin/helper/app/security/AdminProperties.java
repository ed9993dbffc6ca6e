package dk.unilogin.helper.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code bot.admin.username} / {@code bot.admin.password}: the one admin account. With
 * either unset the admin area is off (403 for everyone). The password may be given in
 * clear (hashed at start) or already hashed, e.g. {@code {bcrypt}$2a$10$...}.
 */
@ConfigurationProperties("bot.admin")
public record AdminProperties(String username, String password) {

    public boolean enabled() {
        return username != null && !username.isBlank() && password != null && !password.isBlank();
    }

    /** Does not print the password. */
    @Override
    public String toString() {
        return "AdminProperties[username=" + username + ", password=" + (password == null ? "unset" : "***") + "]";
    }
}
