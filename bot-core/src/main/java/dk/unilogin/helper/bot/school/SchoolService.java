package dk.unilogin.helper.bot.school;

import java.util.Objects;

/** A portal or service the school's pupils log in to, e.g. Aula, with its login address. */
public record SchoolService(String name, String loginUrl) {
    public SchoolService {
        Objects.requireNonNull(name, "name");
    }
}
