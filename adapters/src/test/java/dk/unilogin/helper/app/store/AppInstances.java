package dk.unilogin.helper.app.store;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Instances of the whole application sharing one Redis, as several instances behind a load
 * balancer: one for a whole test class, or two started afresh for each test. Register it after
 * its {@link RedisServer} ({@code @Order(1)} on Redis, {@code @Order(2)} on this: JUnit does not
 * order extension fields by their place in the class), so that Redis runs first and stops last.
 */
public final class AppInstances implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    private final RedisServer redis;
    private final boolean eachTest;
    private final AppInstance[] running;

    private AppInstances(RedisServer redis, int count, boolean eachTest) {
        this.redis = redis;
        this.eachTest = eachTest;
        this.running = new AppInstance[count];
    }

    /** One instance, started before the class's first test and stopped after its last. */
    public static AppInstances oneForTheClass(RedisServer redis) {
        return new AppInstances(redis, 1, false);
    }

    /** Two instances, started afresh for each test. */
    public static AppInstances twoForEachTest(RedisServer redis) {
        return new AppInstances(redis, 2, true);
    }

    /** Instance A: the first, or the only one. */
    public AppInstance a() {
        return running[0];
    }

    /** Instance B: the second. */
    public AppInstance b() {
        return running[1];
    }

    /** Stops instance A and starts a new one in its place, as a rolling restart does. */
    public AppInstance restartA() {
        running[0].close();
        running[0] = null;
        running[0] = AppInstance.start(redis);
        return running[0];
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!eachTest) {
            startAll();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!eachTest) {
            stopAll();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (eachTest) {
            startAll();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (eachTest) {
            stopAll();
        }
    }

    private void startAll() {
        for (int i = 0; i < running.length; i++) {
            running[i] = AppInstance.start(redis);
        }
    }

    private void stopAll() {
        for (int i = 0; i < running.length; i++) {
            if (running[i] != null) {
                running[i].close();
                running[i] = null;
            }
        }
    }
}
