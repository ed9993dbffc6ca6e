package dk.unilogin.helper.app.store;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Sends a script without waiting for its reply: a web chat turn's state write, which the
 * request waits for only after its answer is on the way. Spring Data Redis has no call that
 * returns before the reply, so this goes through Lettuce's asynchronous API on a connection of
 * its own, made by Spring Boot's Redis client (its address, credentials, SSL, timeouts and
 * reconnect behaviour are the configured ones).
 */
public final class StateWriteScript implements AutoCloseable {
    private final LettuceConnectionFactory factory;
    private final String source;
    private final String sha1;
    private volatile StatefulRedisConnection<String, String> connection;

    public StateWriteScript(RedisConnectionFactory factory, String source) {
        if (!(factory instanceof LettuceConnectionFactory lettuce)) {
            throw new IllegalStateException("bot.store=redis needs Spring Boot's Lettuce client");
        }
        this.factory = lettuce;
        this.source = source;
        this.sha1 = sha1(source);
    }

    /** Sends the script; the stage completes with its integer reply, or with Redis's error. */
    public CompletionStage<Long> send(List<String> keys, List<String> args) {
        String[] keyArray = keys.toArray(String[]::new);
        String[] argArray = args.toArray(String[]::new);
        RedisFuture<Long> sent = connection().async().evalsha(sha1, ScriptOutputType.INTEGER, keyArray, argArray);
        return sent.handle((reply, error) -> {
            if (error instanceof RedisNoScriptException) {
                // Redis restarted or its scripts were flushed: EVAL loads it again.
                return connection().async().<Long>eval(source, ScriptOutputType.INTEGER, keyArray, argArray)
                        .toCompletableFuture();
            }
            return error != null ? CompletableFuture.<Long>failedFuture(error) : CompletableFuture.completedFuture(reply);
        }).thenCompose(stage -> stage);
    }

    private StatefulRedisConnection<String, String> connection() {
        StatefulRedisConnection<String, String> open = connection;
        if (open == null) {
            synchronized (this) {
                open = connection;
                if (open == null) {
                    if (!(factory.getRequiredNativeClient() instanceof RedisClient client)) {
                        throw new IllegalStateException("bot.store=redis needs one Redis server (or a proxy), not a cluster");
                    }
                    open = client.connect(StringCodec.UTF8);
                    connection = open;
                }
            }
        }
        return open;
    }

    private static String sha1(String source) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }
}
