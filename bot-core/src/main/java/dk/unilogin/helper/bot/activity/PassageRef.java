package dk.unilogin.helper.bot.activity;

import java.util.Objects;

/** The guide passage an answer is built from, as shown to the user. */
public record PassageRef(String id, String title) {
    public PassageRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}
