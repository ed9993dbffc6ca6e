package dk.unilogin.helper.app.school;

import dk.unilogin.helper.bot.school.SchoolDirectory;
import dk.unilogin.helper.bot.school.SchoolProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The live school directory. A reload builds and validates a whole new set aside and swaps
 * it in with one atomic write, so a turn sees either the old set or the new one, never a
 * mix; a bad file leaves the old set in place and is remembered for the admin page.
 */
public final class ReloadableSchoolDirectory implements SchoolDirectory {

    /** What the last load did: when, how many schools, and the error if it failed. */
    public record LoadStatus(Instant at, int schools, String source, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private final SchoolFilesLoader loader;
    private final Clock clock;
    private final AtomicReference<SchoolSet> current;
    private final AtomicReference<LoadStatus> status = new AtomicReference<>();

    /** Loads at once; a bad file fails construction, and so the application's start. */
    ReloadableSchoolDirectory(SchoolFilesLoader loader, Clock clock) {
        this.loader = loader;
        this.clock = clock;
        SchoolSet first = loader.load();
        this.current = new AtomicReference<>(first);
        status.set(new LoadStatus(clock.instant(), first.size(), loader.describe(), null));
    }

    /**
     * The school profiles of {@code folder} (null: the bundled example schools), for the
     * command-line modes that run the bot without Spring.
     */
    public static ReloadableSchoolDirectory load(Path folder) {
        return new ReloadableSchoolDirectory(new SchoolFilesLoader(folder), Clock.systemUTC());
    }

    /** Reloads all profiles; on a bad file throws {@link SchoolFormatException} and keeps the old set. */
    public synchronized LoadStatus reload() {
        try {
            SchoolSet next = loader.load();
            current.set(next);
            LoadStatus ok = new LoadStatus(clock.instant(), next.size(), loader.describe(), null);
            status.set(ok);
            return ok;
        } catch (SchoolFormatException e) {
            status.set(new LoadStatus(clock.instant(), current.get().size(), loader.describe(), e.getMessage()));
            throw e;
        }
    }

    public LoadStatus status() {
        return status.get();
    }

    @Override
    public Optional<SchoolProfile> byId(String id) {
        return current.get().byId(id);
    }

    @Override
    public Optional<SchoolProfile> byName(String text) {
        return current.get().byName(text);
    }

    /**
     * The school that holds this Direct Line secret. The secret is hashed first, so the lookup
     * compares hashes and never the secret itself.
     */
    public Optional<SchoolProfile> byDirectLineSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        return current.get().byDirectLineSecretHash(sha256Hex(secret.strip()));
    }

    private static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A school's staff login by name, from the set in use now (so a reload adds or removes logins). */
    public Optional<StaffAccount> staff(String username) {
        return current.get().staff(username);
    }

    @Override
    public List<SchoolProfile> all() {
        return current.get().all();
    }
}
