package dk.unilogin.helper.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code hash-password}: reads a password (hidden when typed at a terminal, else the first
 * line of standard input) and prints its bcrypt hash in the form a school profile's
 * {@code staff} login and {@code bot.admin.password} take: {@code {bcrypt}$2a$10$...}.
 * The password is never an argument, so it stays out of the shell's history.
 */
final class HashPasswordCommand {
    static final String NAME = "hash-password";
    static final int MIN_LENGTH = 12;

    private final Console console;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    HashPasswordCommand(Console console, InputStream in, PrintStream out, PrintStream err) {
        this.console = console;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    int run() {
        char[] password;
        try {
            password = read();
        } catch (IOException e) {
            err.println("Kunne ikke læse adgangskoden: " + e.getMessage());
            return 2;
        }
        if (password == null || password.length == 0) {
            err.println("Ingen adgangskode. Skriv den, eller send den på standard input: "
                    + "java -jar unilogin-bot.jar hash-password < fil");
            return 2;
        }
        if (password.length < MIN_LENGTH) {
            err.println("Adgangskoden er kortere end " + MIN_LENGTH + " tegn; vælg en længere.");
            return 2;
        }
        try {
            out.println("{bcrypt}" + new BCryptPasswordEncoder().encode(new String(password)));
            return 0;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private char[] read() throws IOException {
        if (console != null) {
            char[] first = console.readPassword("Adgangskode: ");
            char[] again = console.readPassword("Gentag adgangskoden: ");
            if (first != null && !Arrays.equals(first, again)) {
                throw new IOException("de to adgangskoder er forskellige");
            }
            return first;
        }
        String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        return line == null ? null : line.replace("\r", "").toCharArray();
    }
}
