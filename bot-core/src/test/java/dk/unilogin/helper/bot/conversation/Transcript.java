package dk.unilogin.helper.bot.conversation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A conversation scenario read from a readable text file:
 * <pre>
 * # title
 * @start vestskolen          an event: @start [school id], @restart, @help, @end; " lang=en" adds a locale
 * > min søn har glemt koden  the user writes
 * > [Trin for trin]          the user presses the button with this title
 * &lt; Trin 1                   some reply of this turn contains the text (case-insensitive)
 * &lt; [Næste]                  some reply of this turn offers this button
 * !&lt; Kilde                   no reply of this turn contains the text
 * = ANSWER skift-adgangskode-barn helpful=false   what the turn recorded (outcome, passage or none)
 * </pre>
 */
record Transcript(String name, String title, List<Turn> turns) {

    record Turn(int line, String kind, String input, List<Expectation> expectations) {
    }

    record Expectation(int line, String kind, String text) {
    }

    static Transcript read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String title = file.getFileName().toString();
        List<Turn> turns = new ArrayList<>();
        Turn current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int number = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                if (turns.isEmpty() && current == null) {
                    title = line.substring(1).strip();
                }
                continue;
            }
            if (line.startsWith("@") || line.startsWith(">")) {
                String kind = line.startsWith("@") ? "event" : "user";
                String input = line.substring(1).strip();
                current = new Turn(number, kind, input, new ArrayList<>());
                turns.add(current);
            } else if (current == null) {
                throw new IllegalArgumentException(file + ":" + number + ": an expectation before any turn");
            } else if (line.startsWith("!<")) {
                current.expectations().add(new Expectation(number, "absent", line.substring(2).strip()));
            } else if (line.startsWith("<")) {
                current.expectations().add(new Expectation(number, "reply", line.substring(1).strip()));
            } else if (line.startsWith("=")) {
                current.expectations().add(new Expectation(number, "trace", line.substring(1).strip()));
            } else {
                throw new IllegalArgumentException(file + ":" + number + ": cannot read: " + line);
            }
        }
        return new Transcript(file.getFileName().toString(), title, turns);
    }
}
