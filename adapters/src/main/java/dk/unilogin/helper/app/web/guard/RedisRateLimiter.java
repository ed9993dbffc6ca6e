package dk.unilogin.helper.app.web.guard;

import dk.unilogin.helper.app.store.RedisKeys;
import dk.unilogin.helper.app.store.RedisTurnAdmission;
import dk.unilogin.helper.app.web.conversation.WebChannel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * The token buckets in Redis, so an allowance is the same whichever instance a client reaches.
 * All the buckets a request is charged to are refilled and taken from in one script, atomically,
 * on Redis's own clock (the instances' clocks may differ); a web chat turn's script also reads
 * what the turn needs ({@link RedisTurnAdmission}). A bucket expires once it would be full
 * again, when it no longer tells anything. The Redis key holds a hash of the limiter's key
 * (an address or a conversation id), not the key itself.
 */
final class RedisRateLimiter implements RateLimiter {
    private final RedisTurnAdmission admission;
    private final RedisKeys keys;

    RedisRateLimiter(RedisTurnAdmission admission, RedisKeys keys) {
        this.admission = admission;
        this.keys = keys;
    }

    @Override
    public Decision tryAcquire(String key, Allowance allowance) {
        return tryAcquire(List.of(new Charge(key, allowance)));
    }

    @Override
    public Decision tryAcquire(List<Charge> charges) {
        return decision(admission.charge(buckets(charges)));
    }

    @Override
    public Decision admitWebChatTurn(List<Charge> charges, String conversationId) {
        // The bot's key for a conversation: its channel and id, separated by U+001F.
        String conversationKey = WebChannel.ID + '\u001f' + conversationId;
        return decision(admission.admitWebTurn(buckets(charges), conversationId, conversationKey));
    }

    @Override
    public void requestDone(Runnable answerWritten) {
        admission.requestDone(answerWritten);
    }

    private List<RedisTurnAdmission.Bucket> buckets(List<Charge> charges) {
        // The script counts in milliseconds of Redis's clock.
        return charges.stream().map(charge -> new RedisTurnAdmission.Bucket(keys.rateLimit(hashed(charge.key())),
                charge.allowance().burst(), charge.allowance().perSecond() / 1000.0)).toList();
    }

    private static Decision decision(RedisTurnAdmission.Decision decision) {
        return decision.allowed() ? Decision.ALLOWED : Decision.waitFor(Duration.ofMillis(decision.waitMillis()));
    }

    private static String hashed(String client) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(client.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
