package dk.unilogin.helper.app.school;

import dk.unilogin.helper.bot.school.SchoolProfile;
import java.util.List;
import java.util.Objects;

/** A loaded school profile with the other names it goes by and the file it came from. */
record SchoolEntry(SchoolProfile profile, List<String> aliases, String source) {
    SchoolEntry {
        Objects.requireNonNull(profile, "profile");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(source, "source");
    }
}
