package dk.unilogin.helper.bot.activity;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ids for activities: random, in the form of a version 4 UUID. An id only names a message; it
 * grants nothing, so it comes from the thread's own generator. {@link UUID#randomUUID()} draws
 * on the one shared {@code SecureRandom}, whose lock every turn of every conversation would
 * queue on. Secrets (conversation tokens) keep using {@code SecureRandom}.
 */
public final class ActivityIds {

    private ActivityIds() {
    }

    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
        return new UUID(high, low).toString();
    }
}
