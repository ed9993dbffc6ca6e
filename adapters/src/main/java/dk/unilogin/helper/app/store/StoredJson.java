package dk.unilogin.helper.app.store;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Values kept in Redis as JSON. Unknown fields are ignored, so that during a rolling deploy an
 * older instance reads what a newer one wrote.
 */
public final class StoredJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private StoredJson() {
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** The value read as {@code type}; empty when there is none or it cannot be read. */
    public static <T> Optional<T> read(String value, Class<T> type) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(MAPPER.readValue(value, type));
        } catch (JacksonException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The value read as {@code type}; a value that cannot be read fails. */
    public static <T> T readOrFail(String value, Class<T> type) {
        return MAPPER.readValue(value, type);
    }
}
