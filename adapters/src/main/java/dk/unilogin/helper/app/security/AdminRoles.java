package dk.unilogin.helper.app.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The two kinds of admin login and how to tell them apart: the global admin
 * ({@code bot.admin.*}) sees every school; a school's staff (from its profile) sees only
 * that school, named by an authority {@code school:<id>}.
 */
public final class AdminRoles {
    public static final String ADMIN = "ADMIN";
    public static final String STAFF = "STAFF";
    static final String SCHOOL_PREFIX = "school:";

    private AdminRoles() {
    }

    public static boolean isGlobalAdmin(Authentication authentication) {
        return has(authentication, "ROLE_" + ADMIN);
    }

    /** The school a staff login belongs to; empty for the global admin and for anyone else. */
    public static Optional<String> staffSchool(Authentication authentication) {
        if (authentication == null || !has(authentication, "ROLE_" + STAFF)) {
            return Optional.empty();
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith(SCHOOL_PREFIX))
                .map(a -> a.substring(SCHOOL_PREFIX.length())).findFirst();
    }

    private static boolean has(Authentication authentication, String authority) {
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
