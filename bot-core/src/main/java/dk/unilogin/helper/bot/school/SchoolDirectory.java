package dk.unilogin.helper.bot.school;

import java.util.List;
import java.util.Optional;

/** The schools the bot knows. Implementations are immutable snapshots or swap atomically on reload. */
public interface SchoolDirectory {

    Optional<SchoolProfile> byId(String id);

    /** Finds a school named in free text ("Vestskolen", "vest skolen i odense"), tolerant of typos. */
    Optional<SchoolProfile> byName(String text);

    List<SchoolProfile> all();

    SchoolDirectory EMPTY = new SchoolDirectory() {
        @Override
        public Optional<SchoolProfile> byId(String id) {
            return Optional.empty();
        }

        @Override
        public Optional<SchoolProfile> byName(String text) {
            return Optional.empty();
        }

        @Override
        public List<SchoolProfile> all() {
            return List.of();
        }
    };
}
