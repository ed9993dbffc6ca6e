package dk.unilogin.helper.bot.conversation;

import dk.unilogin.helper.bot.school.SchoolContact;
import dk.unilogin.helper.bot.school.SchoolDirectory;
import dk.unilogin.helper.bot.school.SchoolProfile;
import dk.unilogin.helper.bot.school.SchoolService;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A small school directory for conversation tests: two schools, found by id or by a name in the text. */
public final class TestSchools implements SchoolDirectory {
    public static final SchoolProfile VESTSKOLEN = new SchoolProfile("vestskolen", "Vestskolen",
            new SchoolContact("+45 70 11 22 33", "kontor@vestskolen.dk", "https://vestskolen.dk", "man-fre 8-15"),
            List.of(new SchoolService("Aula", "https://www.aula.dk"),
                    new SchoolService("Microsoft Teams", "https://teams.microsoft.com")),
            "Eleverne logger på skolens computere med deres Unilogin; kontakt IT-vejlederen Jens.",
            List.of(), null);
    public static final SchoolProfile OESTSKOLEN = new SchoolProfile("oestskolen", "Østskolen",
            new SchoolContact("+45 70 44 55 66", "kontor@oestskolen.dk", null, null), List.of(), null, List.of(), null);

    private final List<SchoolProfile> schools;

    public TestSchools(List<SchoolProfile> schools) {
        this.schools = List.copyOf(schools);
    }

    public TestSchools() {
        this(List.of(VESTSKOLEN, OESTSKOLEN));
    }

    @Override
    public Optional<SchoolProfile> byId(String id) {
        return schools.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    @Override
    public Optional<SchoolProfile> byName(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return schools.stream().filter(s -> lower.contains(s.name().toLowerCase(Locale.ROOT))).findFirst();
    }

    @Override
    public List<SchoolProfile> all() {
        return schools;
    }
}
