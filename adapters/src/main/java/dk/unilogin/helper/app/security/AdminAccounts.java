package dk.unilogin.helper.app.security;

import dk.unilogin.helper.app.school.ReloadableSchoolDirectory;
import dk.unilogin.helper.app.school.StaffAccount;
import java.util.Optional;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Who may sign in to the admin pages: the global admin, then the staff logins of the school
 * profiles in use now, so a reload of the profiles adds or removes a login at once. When a
 * staff login has the admin's name, the admin wins.
 */
final class AdminAccounts implements UserDetailsService {

    private final UserDetails admin;
    private final ReloadableSchoolDirectory schools;

    /** @param admin the global admin, its password already encoded; null when the admin area is off */
    AdminAccounts(UserDetails admin, ReloadableSchoolDirectory schools) {
        this.admin = admin;
        this.schools = schools;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (admin == null || username == null) {
            throw new UsernameNotFoundException("no such admin login");
        }
        if (admin.getUsername().equals(username)) {
            return User.withUserDetails(admin).build();
        }
        Optional<StaffAccount> staff = schools == null ? Optional.empty() : schools.staff(username);
        return staff.map(AdminAccounts::staffUser)
                .orElseThrow(() -> new UsernameNotFoundException("no such admin login"));
    }

    private static UserDetails staffUser(StaffAccount account) {
        return User.withUsername(account.username()).password(account.passwordHash())
                .authorities(new SimpleGrantedAuthority("ROLE_" + AdminRoles.STAFF),
                        new SimpleGrantedAuthority(AdminRoles.SCHOOL_PREFIX + account.schoolId()))
                .build();
    }
}
