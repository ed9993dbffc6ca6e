package dk.unilogin.helper.app.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A Bot API server on 127.0.0.1 for tests, speaking enough of Telegram's protocol for the real
 * TelegramBots client and long poller: getUpdates with offsets that confirm updates the way
 * Telegram does, sendMessage and friends answered with plausible results, and scripted failures
 * (a 429 with retry_after, a 500, a 403) for the next calls of a method.
 */
final class FakeBotApi implements AutoCloseable {

    static final String TOKEN = "123456:TEST-token";
    static final long BOT_ID = 123456;
    static final String BOT_USERNAME = "UniloginTestBot";
    private static final ObjectMapper JSON = new ObjectMapper();

    record Call(String method, JsonNode body, long atNanos) {
        String text() {
            return body.path("text").asText();
        }

        long chatId() {
            return body.path("chat_id").asLong();
        }
    }

    private record Scripted(int status, String body) {
    }

    private final HttpServer server;
    private final Object lock = new Object();
    private final TreeMap<Integer, String> pendingUpdates = new TreeMap<>();
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, Deque<Scripted>> scripted = new HashMap<>();
    private final List<Integer> getUpdatesOffsets = new ArrayList<>();
    private int nextMessageId = 1000;

    FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-bot-api");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::serve);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void addUpdate(int updateId, String updateBodyJson) {
        synchronized (lock) {
            pendingUpdates.put(updateId, "{\"update_id\":" + updateId + "," + updateBodyJson + "}");
            lock.notifyAll();
        }
    }

    /** The next {@code times} calls of {@code method} fail with this status and Bot API error body. */
    void failNext(String method, int times, int status, String body) {
        synchronized (lock) {
            Deque<Scripted> queue = scripted.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new ArrayDeque<>());
            for (int i = 0; i < times; i++) {
                queue.add(new Scripted(status, body));
            }
        }
    }

    List<Call> calls(String method) {
        synchronized (lock) {
            return calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
        }
    }

    List<Call> messagesTo(long chatId) {
        return calls("sendMessage").stream().filter(c -> c.chatId() == chatId).toList();
    }

    /** Waits until at least {@code count} calls match; returns all calls of that method that match. */
    List<Call> await(String method, Predicate<Call> filter, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                List<Call> matching = calls.stream()
                        .filter(c -> c.method().equalsIgnoreCase(method) && filter.test(c)).toList();
                long left = deadline - System.nanoTime();
                if (matching.size() >= count || left <= 0) {
                    return matching;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** Updates Telegram still holds (not yet confirmed by a higher getUpdates offset). */
    int pendingUpdateCount() {
        synchronized (lock) {
            return pendingUpdates.size();
        }
    }

    List<Integer> getUpdatesOffsets() {
        synchronized (lock) {
            return List.copyOf(getUpdatesOffsets);
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String prefix = "/bot" + TOKEN + "/";
            if (!path.startsWith(prefix)) {
                respond(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
                return;
            }
            String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = parse(raw, exchange.getRequestHeaders().getFirst("Content-Type"));
            Scripted failure;
            synchronized (lock) {
                Deque<Scripted> queue = scripted.get(method);
                failure = queue == null ? null : queue.poll();
                if (!method.equals("getupdates")) {
                    calls.add(new Call(method, body, System.nanoTime()));
                    lock.notifyAll();
                }
            }
            if (failure != null) {
                respond(exchange, failure.status(), failure.body());
                return;
            }
            respond(exchange, 200, answer(method, body));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String answer(String method, JsonNode body) throws InterruptedException {
        return switch (method) {
            case "getupdates" -> "{\"ok\":true,\"result\":[" + String.join(",", updatesFrom(body.path("offset").asInt(0),
                    body.path("limit").asInt(100))) + "]}";
            case "getme" -> "{\"ok\":true,\"result\":{\"id\":" + BOT_ID + ",\"is_bot\":true,\"first_name\":\"Unilogin\","
                    + "\"username\":\"" + BOT_USERNAME + "\"}}";
            case "sendmessage" -> {
                ObjectNode message = JSON.createObjectNode();
                synchronized (lock) {
                    message.put("message_id", nextMessageId++);
                }
                message.put("date", System.currentTimeMillis() / 1000);
                message.putObject("chat").put("id", body.path("chat_id").asLong()).put("type", "private");
                message.putObject("from").put("id", BOT_ID).put("is_bot", true).put("first_name", "Unilogin");
                message.put("text", body.path("text").asText());
                yield "{\"ok\":true,\"result\":" + message + "}";
            }
            default -> "{\"ok\":true,\"result\":true}";
        };
    }

    /** Like Telegram: an offset confirms every update below it; an empty answer waits a little. */
    private List<String> updatesFrom(int offset, int limit) throws InterruptedException {
        synchronized (lock) {
            getUpdatesOffsets.add(offset);
            if (offset > 0) {
                pendingUpdates.headMap(offset).clear();
            }
            if (pendingUpdates.isEmpty()) {
                lock.wait(300);
            }
            return pendingUpdates.values().stream().limit(limit).toList();
        }
    }

    private static JsonNode parse(byte[] raw, String contentType) {
        if (raw.length == 0 || contentType == null) {
            return JSON.createObjectNode();
        }
        if (!contentType.startsWith("application/json")) {
            // Multipart calls (setWebhook): keep the raw form for assertions.
            return JSON.createObjectNode().put("raw", new String(raw, StandardCharsets.UTF_8));
        }
        try {
            return JSON.readTree(raw);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(1); // lets a long poll in flight finish instead of failing noisily
    }
}
