package dk.unilogin.helper.app.examples;

import java.time.Instant;

/**
 * One example question kept in the database: attached to a passage (used for matching) or
 * proposed by a school's staff ({@code schoolId}) and waiting for the admin.
 */
public record ExampleQuestion(long id, String passageId, String question, Status status, String schoolId,
        Instant createdAt) {

    public enum Status { PROPOSED, ATTACHED }

    public boolean attached() {
        return status == Status.ATTACHED;
    }
}
