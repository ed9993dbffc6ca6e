package dk.unilogin.helper.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** {@code hash-password}: what it prints is what a staff login's password-hash takes. */
class HashPasswordCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin) {
        return new HashPasswordCommand(null, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run();
    }

    @Test
    void printsABcryptHashThatTheLoginAccepts() {
        assertThat(run("kontoret-kode-2026\n")).isZero();
        String hash = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(hash).startsWith("{bcrypt}$2a$").doesNotContain("kontoret-kode");
        PasswordEncoder login = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        assertThat(login.matches("kontoret-kode-2026", hash)).isTrue();
        assertThat(login.matches("kontoret-kode-2027", hash)).isFalse();
    }

    @Test
    void refusesAnEmptyOrShortPassword() {
        assertThat(run("")).isEqualTo(2);
        assertThat(run("kort\n")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("12 tegn");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
