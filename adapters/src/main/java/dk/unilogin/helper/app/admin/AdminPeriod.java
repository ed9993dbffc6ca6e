package dk.unilogin.helper.app.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The period the admin asks about: whole days in UTC, {@code from} and {@code to} both
 * included (ISO dates); the last 30 days by default.
 */
record AdminPeriod(LocalDate from, LocalDate to) {

    static final int DEFAULT_DAYS = 30;

    static AdminPeriod parse(String from, String to, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate end = blank(to) ? today : date("to", to);
        LocalDate start = blank(from) ? end.minusDays(DEFAULT_DAYS - 1) : date("from", from);
        if (start.isAfter(end)) {
            throw new IllegalArgumentException("'from' (" + start + ") is after 'to' (" + end + ")");
        }
        return new AdminPeriod(start, end);
    }

    Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Exclusive end: midnight after {@code to}. */
    Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + name + "' must be a date like 2026-11-27");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
