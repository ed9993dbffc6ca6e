package dk.unilogin.helper.app.directline;

import dk.unilogin.helper.app.store.RedisCalls;
import dk.unilogin.helper.app.store.RedisKeys;
import dk.unilogin.helper.app.store.StoredJson;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * {@link ActivityLog} in Redis, shared by every instance: one sorted set per conversation, each
 * activity scored by its sequence number (the watermark), so watermarks mean the same on every
 * instance. One script appends, numbers and stamps the activities, keeps the newest
 * {@code kept}, renews the time to live and announces the append on a pub/sub channel; every
 * instance hears it ({@link ActivityAnnouncements}) and tells the streams open on it, which read
 * on from their watermark. What is stored is what the in-memory log holds: the bot's replies and
 * the echo of the user's message, whose text was redacted before it reached the log.
 */
final class RedisActivityLog implements ActivityLog {
    private static final String ENDED = " ended";
    /**
     * KEYS: the activities. ARGV: now (ms), how many to keep, time to live (ms), channel, announcement,
     * then the activities as JSON. Each member is "timestamp json"; timestamps never go back, even
     * between instances whose clocks differ a little. Returns sequence and timestamp of each.
     */
    private static final RedisScript<List> APPEND = RedisScript.of("""
            local seq = 0
            local at = 0
            local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
            if last[1] then
              seq = tonumber(last[2])
              at = tonumber(string.match(last[1], '^(%d+) '))
            end
            local now = tonumber(ARGV[1])
            local stamps = {}
            for i = 6, #ARGV do
              seq = seq + 1
              if now > at then at = now else at = at + 1 end
              redis.call('ZADD', KEYS[1], seq, string.format('%d', at) .. ' ' .. ARGV[i])
              stamps[#stamps + 1] = seq
              stamps[#stamps + 1] = at
            end
            redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -(tonumber(ARGV[2]) + 1))
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            redis.call('PUBLISH', ARGV[4], ARGV[5])
            return stamps""", List.class);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final int kept;
    private final Duration timeToLive;
    private final Clock clock;
    private final ActivityListeners listeners = new ActivityListeners();

    RedisActivityLog(StringRedisTemplate redis, RedisKeys keys, int kept, Duration timeToLive, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.kept = Math.max(1, kept);
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    @Override
    public List<DirectLineActivity> append(String conversationId, List<DirectLineActivity> activities) {
        if (activities.isEmpty()) {
            return List.of();
        }
        List<String> args = new ArrayList<>(List.of(Long.toString(clock.millis()), Integer.toString(kept),
                Long.toString(timeToLive.toMillis()), keys.directLineChannel(), conversationId));
        activities.forEach(activity -> args.add(StoredJson.write(activity)));
        List<?> stamps = RedisCalls.call("append Direct Line activities", () -> redis.execute(APPEND,
                List.of(keys.directLineActivities(conversationId)), args.toArray()));
        List<DirectLineActivity> stored = new ArrayList<>(activities.size());
        for (int i = 0; i < activities.size(); i++) {
            stored.add(stamped(conversationId, activities.get(i), number(stamps.get(2 * i)),
                    number(stamps.get(2 * i + 1))));
        }
        return stored;
    }

    @Override
    public ActivitySet since(String conversationId, long watermark) {
        Set<ZSetOperations.TypedTuple<String>> after = RedisCalls.call("read Direct Line activities",
                () -> redis.opsForZSet().rangeByScoreWithScores(keys.directLineActivities(conversationId),
                        watermark + 1.0, Double.POSITIVE_INFINITY));
        if (after == null) {
            after = Set.of();
        }
        List<DirectLineActivity> activities = new ArrayList<>();
        long last = Math.max(0, watermark);
        for (ZSetOperations.TypedTuple<String> item : after) {
            String member = item.getValue();
            int space = member.indexOf(' ');
            long sequence = item.getScore().longValue();
            DirectLineActivity activity = StoredJson.readOrFail(member.substring(space + 1), DirectLineActivity.class);
            activities.add(stamped(conversationId, activity, sequence, Long.parseLong(member.substring(0, space))));
            last = Math.max(last, sequence);
        }
        return new ActivitySet(activities, Long.toString(last));
    }

    @Override
    public Subscription subscribe(String conversationId, Listener listener) {
        return listeners.subscribe(conversationId, listener);
    }

    @Override
    public void forget(String conversationId) {
        RedisCalls.run("forget Direct Line activities", () -> {
            redis.delete(keys.directLineActivities(conversationId));
            redis.convertAndSend(keys.directLineChannel(), conversationId + ENDED);
        });
    }

    /** An announcement heard on the channel, from any instance (this one included). */
    void announced(String message) {
        if (message.endsWith(ENDED)) {
            listeners.ended(message.substring(0, message.length() - ENDED.length()));
        } else {
            listeners.appended(message);
        }
    }

    private static DirectLineActivity stamped(String conversationId, DirectLineActivity activity, long sequence,
                                              long atMillis) {
        return activity.stamped(conversationId + "|" + String.format("%07d", sequence),
                Instant.ofEpochMilli(atMillis).toString());
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : Long.parseLong(value.toString());
    }
}
