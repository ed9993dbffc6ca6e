package dk.unilogin.helper.app.insights;

import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.insights.TurnRecord;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes and purges recorded turns in table {@code turn_record} (see the Flyway migrations). */
public class TurnStore {

    static final int MAX_TEXT = Activity.MAX_TEXT_CHARS;
    private static final int MAX_ID = 64;

    private final JdbcTemplate jdbc;

    public TurnStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts turns whose text is already redacted. */
    public void insert(List<TurnRecord> turns) {
        jdbc.batchUpdate("""
                INSERT INTO turn_record (recorded_at, channel, school_id, message_text, outcome, passage_id,
                                         confidence, fallback, helpful)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", turns, turns.size(), (ps, turn) -> {
            ps.setObject(1, utc(turn.time()));
            ps.setString(2, cut(turn.channelId(), 32));
            ps.setString(3, cut(turn.schoolId(), MAX_ID));
            ps.setString(4, cut(turn.redactedText(), MAX_TEXT));
            ps.setString(5, turn.outcome().name());
            ps.setString(6, cut(turn.passageId(), MAX_ID));
            ps.setDouble(7, Double.isFinite(turn.confidence()) ? turn.confidence() : 0);
            ps.setBoolean(8, turn.fallback());
            if (turn.helpful() == null) {
                ps.setNull(9, Types.BOOLEAN);
            } else {
                ps.setBoolean(9, turn.helpful());
            }
        });
    }

    /** Deletes every turn recorded before {@code cutoff}; returns how many. */
    public int deleteRecordedBefore(Instant cutoff) {
        return jdbc.update("DELETE FROM turn_record WHERE recorded_at < ?", utc(cutoff));
    }

    public long count() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM turn_record", Long.class);
        return n == null ? 0 : n;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String cut(String s, int max) {
        if (s == null) {
            return null;
        }
        return s.length() <= max ? s : s.substring(0, max);
    }
}
