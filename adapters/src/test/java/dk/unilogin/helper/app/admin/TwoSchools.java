package dk.unilogin.helper.app.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** A folder of two school profiles, each with a staff login (bcrypt hashes, as the README shows them). */
public final class TwoSchools {
    public static final String ADMIN = "skoleadmin";
    public static final String ADMIN_PASSWORD = "korrekt-hest-batteri";
    public static final String VEST_STAFF = "kontoret-vest";
    public static final String VEST_PASSWORD = "vest-kontor-kode-1";
    public static final String OEST_STAFF = "kontoret-oest";
    public static final String OEST_PASSWORD = "oest-kontor-kode-2";

    private TwoSchools() {
    }

    /** Writes the two profiles into a fresh temporary folder and returns it. */
    public static Path write() {
        try {
            Path dir = Files.createTempDirectory("two-schools");
            dir.toFile().deleteOnExit();
            // Cost 4 keeps the tests quick; the format is the one hash-password writes.
            BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
            Files.writeString(dir.resolve("vestskolen.yml"), """
                    id: vestskolen
                    name: Vestskolen
                    allowed-origins: [http://localhost:8080]
                    staff:
                      - username: %s
                        password-hash: "{bcrypt}%s"
                    """.formatted(VEST_STAFF, bcrypt.encode(VEST_PASSWORD)));
            Files.writeString(dir.resolve("oestskolen.yml"), """
                    id: oestskolen
                    name: Østskolen
                    staff:
                      - username: %s
                        password-hash: "{bcrypt}%s"
                    """.formatted(OEST_STAFF, bcrypt.encode(OEST_PASSWORD)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
