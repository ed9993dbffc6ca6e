package dk.unilogin.helper.app.directline;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A Direct Line stream opened as a browser opens it: no headers but the page's Origin. */
final class StreamTestClient implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final java.util.concurrent.Semaphore emptyFrames = new java.util.concurrent.Semaphore(0);
    private final WebSocket socket;

    private StreamTestClient(String streamUrl, String origin) {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10));
        if (origin != null) {
            builder.header("Origin", origin);
        }
        this.socket = builder.buildAsync(URI.create(streamUrl), new Collector()).join();
    }

    static StreamTestClient open(String streamUrl, String origin) {
        return new StreamTestClient(streamUrl, origin);
    }

    /** Whether the handshake is refused. */
    static boolean refused(String streamUrl, String origin) {
        try {
            open(streamUrl, origin).close();
            return false;
        } catch (java.util.concurrent.CompletionException e) {
            return true;
        }
    }

    /** The next non-empty frame, parsed; fails after 10 s. */
    JsonNode nextFrame() throws InterruptedException {
        String frame = frames.poll(10, TimeUnit.SECONDS);
        if (frame == null) {
            throw new AssertionError("no frame within 10 s");
        }
        return JSON.readTree(frame);
    }

    /** The activities of frames received until {@code count} are in. */
    List<JsonNode> activities(int count) throws InterruptedException {
        List<JsonNode> all = new ArrayList<>();
        while (all.size() < count) {
            nextFrame().get("activities").forEach(all::add);
        }
        return all;
    }

    /** Whether an empty frame (a keep-alive) came within 10 s. */
    boolean receivedKeepAlive() throws InterruptedException {
        return emptyFrames.tryAcquire(10, TimeUnit.SECONDS);
    }

    void keepAlive() {
        socket.sendText("", true).join();
    }

    /** The close code the server sent, waiting up to 10 s. */
    int closeCode() throws Exception {
        return closed.get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        socket.abort();
    }

    private final class Collector implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                if (!partial.isEmpty()) {
                    frames.add(partial.toString());
                } else {
                    emptyFrames.release();
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }
    }
}
