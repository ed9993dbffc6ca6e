package dk.unilogin.helper.app.school;

import dk.unilogin.helper.bot.school.SchoolProfile;
import java.util.List;
import java.util.Objects;

/**
 * A loaded school profile with the other names it goes by, its staff logins, the file it came
 * from and the SHA-256 (lower-case hex) of its Direct Line secret, or null when it has none.
 */
record SchoolEntry(SchoolProfile profile, List<String> aliases, List<StaffAccount> staff, String source,
                   String directLineSecretSha256) {
    SchoolEntry(SchoolProfile profile, List<String> aliases, String source) {
        this(profile, aliases, List.of(), source, null);
    }

    SchoolEntry(SchoolProfile profile, List<String> aliases, List<StaffAccount> staff, String source) {
        this(profile, aliases, staff, source, null);
    }

    SchoolEntry {
        Objects.requireNonNull(profile, "profile");
        aliases = List.copyOf(aliases);
        staff = List.copyOf(staff);
        Objects.requireNonNull(source, "source");
    }
}
