package dk.unilogin.helper.app.store;

import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;

/** Runs one Redis call and turns its failures into {@link StoreUnavailableException}. */
public final class RedisCalls {

    private RedisCalls() {
    }

    public static <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (DataAccessException | io.lettuce.core.RedisException e) {
            throw new StoreUnavailableException(what, e);
        }
    }

    public static void run(String what, Runnable call) {
        call(what, () -> {
            call.run();
            return null;
        });
    }
}
