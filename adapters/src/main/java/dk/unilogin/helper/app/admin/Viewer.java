package dk.unilogin.helper.app.admin;

import dk.unilogin.helper.app.security.AdminRoles;
import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * Who is looking at the admin pages: the global admin (sees every school, may change the
 * guide) or a school's staff (sees that school only). Every page, API and export asks it
 * which school to show.
 */
record Viewer(String username, String ownSchool) {

    static Viewer of(Authentication authentication) {
        if (AdminRoles.isGlobalAdmin(authentication)) {
            return new Viewer(authentication.getName(), null);
        }
        Optional<String> school = AdminRoles.staffSchool(authentication);
        if (school.isEmpty()) {
            throw new NotAllowed("this login may not see the admin pages");
        }
        return new Viewer(authentication.getName(), school.get());
    }

    boolean global() {
        return ownSchool == null;
    }

    /**
     * The school to show for a request that asked for {@code requested}: the admin gets what
     * it asked for (blank: all schools); staff get their own school, and another one is refused.
     */
    String scope(String requested) {
        String asked = requested == null || requested.isBlank() ? null : requested.strip();
        if (global()) {
            return asked;
        }
        if (asked != null && !asked.equals(ownSchool)) {
            throw new NotAllowed("a school's staff see only their own school");
        }
        return ownSchool;
    }

    void requireGlobal(String what) {
        if (!global()) {
            throw new NotAllowed("only the global admin may " + what);
        }
    }
}
