package dk.unilogin.helper.app.examples;

import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.app.examples.ExampleQuestion.Status;
import dk.unilogin.helper.knowledge.ExtraExamples;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Table {@code example_question}: the attached examples the guide's index takes in at every
 * load ({@link ExtraExamples}), and the proposals waiting for the admin. Texts arrive
 * redacted and within {@link #MAX_QUESTION} characters.
 */
public class ExampleStore implements ExtraExamples {

    public static final int MAX_QUESTION = Activity.MAX_TEXT_CHARS;

    private final JdbcTemplate jdbc;

    public ExampleStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, List<String>> byPassage() {
        return attached().stream().collect(Collectors.groupingBy(ExampleQuestion::passageId, LinkedHashMap::new,
                Collectors.mapping(ExampleQuestion::question, Collectors.toList())));
    }

    public List<ExampleQuestion> attached() {
        return withStatus(Status.ATTACHED, null);
    }

    /** Proposals waiting, of one school or (null) of all. */
    public List<ExampleQuestion> proposed(String school) {
        return withStatus(Status.PROPOSED, school);
    }

    public Optional<ExampleQuestion> byId(long id) {
        return jdbc.query("SELECT * FROM example_question WHERE id = ?", ExampleStore::row, id).stream().findFirst();
    }

    /** Adds the example, unless the same question already has that status for that passage; returns the row. */
    public ExampleQuestion add(String passageId, String question, Status status, String schoolId, Instant at) {
        Optional<ExampleQuestion> same = jdbc.query(
                "SELECT * FROM example_question WHERE passage_id = ? AND question = ? AND status = ?",
                ExampleStore::row, passageId, question, status.name()).stream().findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        jdbc.update("INSERT INTO example_question (passage_id, question, status, school_id, created_at)"
                + " VALUES (?, ?, ?, ?, ?)", passageId, question, status.name(), schoolId, at.atOffset(ZoneOffset.UTC));
        return jdbc.query("SELECT * FROM example_question WHERE passage_id = ? AND question = ? AND status = ?"
                + " ORDER BY id DESC", ExampleStore::row, passageId, question, status.name()).get(0);
    }

    /** Turns a proposal into an attached example; false when there is no such proposal. */
    public boolean attachProposal(long id) {
        return jdbc.update("UPDATE example_question SET status = ? WHERE id = ? AND status = ?",
                Status.ATTACHED.name(), id, Status.PROPOSED.name()) == 1;
    }

    public boolean remove(long id) {
        return jdbc.update("DELETE FROM example_question WHERE id = ?", id) == 1;
    }

    private List<ExampleQuestion> withStatus(Status status, String school) {
        return school == null
                ? jdbc.query("SELECT * FROM example_question WHERE status = ? ORDER BY passage_id, id",
                        ExampleStore::row, status.name())
                : jdbc.query("SELECT * FROM example_question WHERE status = ? AND school_id = ? ORDER BY passage_id, id",
                        ExampleStore::row, status.name(), school);
    }

    private static ExampleQuestion row(ResultSet rs, int i) throws SQLException {
        return new ExampleQuestion(rs.getLong("id"), rs.getString("passage_id"), rs.getString("question"),
                Status.valueOf(rs.getString("status")), rs.getString("school_id"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
