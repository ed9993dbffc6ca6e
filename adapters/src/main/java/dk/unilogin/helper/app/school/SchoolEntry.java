package dk.unilogin.helper.app.school;

import dk.unilogin.helper.bot.school.SchoolProfile;
import java.util.List;
import java.util.Objects;

/** A loaded school profile with the other names it goes by, its staff logins and the file it came from. */
record SchoolEntry(SchoolProfile profile, List<String> aliases, List<StaffAccount> staff, String source) {
    SchoolEntry(SchoolProfile profile, List<String> aliases, String source) {
        this(profile, aliases, List.of(), source);
    }

    SchoolEntry {
        Objects.requireNonNull(profile, "profile");
        aliases = List.copyOf(aliases);
        staff = List.copyOf(staff);
        Objects.requireNonNull(source, "source");
    }
}
