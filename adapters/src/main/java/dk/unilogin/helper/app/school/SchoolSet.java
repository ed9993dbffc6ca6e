package dk.unilogin.helper.app.school;

import dk.unilogin.helper.bot.school.SchoolDirectory;
import dk.unilogin.helper.bot.school.SchoolProfile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One validated, immutable set of school profiles: looked up by id or by name. */
final class SchoolSet implements SchoolDirectory {
    private final Map<String, SchoolEntry> byId;
    private final SchoolNameMatcher names;
    private final List<SchoolProfile> all;
    private final Map<String, SchoolProfile> byDirectLineSecretHash;
    private final Map<String, StaffAccount> staff;

    SchoolSet(List<SchoolEntry> entries) {
        Map<String, SchoolEntry> ids = new LinkedHashMap<>();
        for (SchoolEntry entry : entries) {
            SchoolEntry earlier = ids.putIfAbsent(entry.profile().id(), entry);
            if (earlier != null) {
                throw new SchoolFormatException(entry.source(), 1,
                        "school id '" + entry.profile().id() + "' is already used by " + earlier.source());
            }
        }
        this.byId = Map.copyOf(ids);
        Map<String, StaffAccount> accounts = new LinkedHashMap<>();
        for (SchoolEntry entry : ids.values()) {
            for (StaffAccount account : entry.staff()) {
                StaffAccount earlier = accounts.putIfAbsent(key(account.username()), account);
                if (earlier != null) {
                    throw new SchoolFormatException(entry.source(), 1, "staff username '" + account.username()
                            + "' is already used by school '" + earlier.schoolId() + "'");
                }
            }
        }
        this.staff = Map.copyOf(accounts);
        this.names = new SchoolNameMatcher(List.copyOf(ids.values()));
        this.all = ids.values().stream().map(SchoolEntry::profile)
                .sorted(java.util.Comparator.comparing(SchoolProfile::id)).toList();
        Map<String, SchoolProfile> secrets = new LinkedHashMap<>();
        for (SchoolEntry entry : ids.values()) {
            if (entry.directLineSecretSha256() != null
                    && secrets.putIfAbsent(entry.directLineSecretSha256(), entry.profile()) != null) {
                throw new SchoolFormatException(entry.source(), 1,
                        "the Direct Line secret is the same as another school's; give each school its own");
            }
        }
        this.byDirectLineSecretHash = Map.copyOf(secrets);
    }

    /** The school whose Direct Line secret has this SHA-256 (lower-case hex). */
    Optional<SchoolProfile> byDirectLineSecretHash(String sha256Hex) {
        return Optional.ofNullable(sha256Hex == null ? null : byDirectLineSecretHash.get(sha256Hex));
    }

    @Override
    public Optional<SchoolProfile> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        SchoolEntry entry = byId.get(id.strip().toLowerCase(java.util.Locale.ROOT));
        return entry == null ? Optional.empty() : Optional.of(entry.profile());
    }

    @Override
    public Optional<SchoolProfile> byName(String text) {
        return names.match(text);
    }

    @Override
    public List<SchoolProfile> all() {
        return all;
    }

    /** The staff login of that name in any school; names are compared without regard to case. */
    Optional<StaffAccount> staff(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(staff.get(key(username)));
    }

    private static String key(String username) {
        return username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    int size() {
        return byId.size();
    }
}
