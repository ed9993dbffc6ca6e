package dk.unilogin.helper.app.directline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A folder of school profiles for Direct Line tests: one school with a secret and one allowed origin. */
final class TestSchoolFolder {
    static final String SCHOOL_ID = "vestskolen";
    static final String SCHOOL_NAME = "Vestskolen";
    static final String SECRET = "vestskolen-direct-line-secret-1f9c2a";

    private TestSchoolFolder() {
    }

    static Path create(String allowedOrigin) {
        try {
            Path folder = Files.createTempDirectory("directline-schools");
            folder.toFile().deleteOnExit();
            String profile = "id: " + SCHOOL_ID + "\n"
                    + "name: " + SCHOOL_NAME + "\n"
                    + "contact: {phone: \"+45 66 11 22 33\"}\n"
                    + "allowed-origins: [\"" + allowedOrigin + "\"]\n"
                    + "direct-line-secret-sha256: \"" + sha256(SECRET) + "\"\n";
            Path file = Files.writeString(folder.resolve(SCHOOL_ID + ".yml"), profile, StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
