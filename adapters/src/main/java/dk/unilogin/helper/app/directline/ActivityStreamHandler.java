package dk.unilogin.helper.app.directline;

import dk.unilogin.helper.app.store.StoreUnavailableException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Direct Line's stream: on opening it sends what the conversation holds after the watermark
 * (so a welcome posted before a late stream opens is not lost), then every new activity as
 * a frame {@code {activities, watermark}}, and an empty frame now and then to keep the socket
 * open. What the client sends (empty keep-alives) only keeps the conversation from going idle.
 * When the conversation ends the stream is closed; with a shared store, which expires idle
 * conversations itself, at the client's next keep-alive.
 */
final class ActivityStreamHandler extends TextWebSocketHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ActivityStreamHandler.class);
    private static final int SEND_TIME_LIMIT_MS = 10_000;
    private static final int BUFFER_LIMIT_BYTES = 512 * 1024;

    private final ActivityLog log;
    private final DirectLineConversations conversations;
    private final JsonMapper json;
    private final Map<String, Stream> streams = new ConcurrentHashMap<>();

    ActivityStreamHandler(ActivityLog log, DirectLineConversations conversations, JsonMapper json) {
        this.log = log;
        this.conversations = conversations;
        this.json = json;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        String conversationId = (String) session.getAttributes().get(StreamHandshake.CONVERSATION);
        long watermark = (Long) session.getAttributes().get(StreamHandshake.WATERMARK);
        Stream stream = new Stream(new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS,
                BUFFER_LIMIT_BYTES), conversationId, watermark);
        streams.put(session.getId(), stream);
        stream.subscription = log.subscribe(conversationId, stream);
        stream.appended();
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        Stream stream = streams.get(session.getId());
        if (stream == null) {
            return;
        }
        try {
            if (conversations.find(stream.conversationId).isEmpty()) {
                // Ended elsewhere (expired in the shared store): the client learns it on reconnecting (404).
                stream.closeQuietly(CloseStatus.GOING_AWAY);
            }
        } catch (StoreUnavailableException e) {
            // The keep-alive only renews the conversation; the stream stays open and reads on later.
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Stream stream = streams.remove(session.getId());
        if (stream != null && stream.subscription != null) {
            stream.subscription.close();
        }
    }

    /**
     * An empty frame to every open stream twice a minute, as the Direct Line service sends:
     * proxies that close a socket after a minute without traffic from the server keep it open.
     */
    @Scheduled(fixedDelayString = "${bot.directline.keep-alive-interval:30s}")
    void keepAlive() {
        streams.values().forEach(Stream::keepAlive);
    }

    /**
     * Closes every open stream as "going away" (on shutdown), so each client reconnects at
     * once, to another instance if there is one, and reads on from its watermark.
     */
    void closeAll() {
        streams.values().forEach(stream -> stream.closeQuietly(CloseStatus.GOING_AWAY));
    }

    int openStreams() {
        return streams.size();
    }

    /** One open socket: sends, in order and once each, the activities after what it sent last. */
    private final class Stream implements ActivityLog.Listener {
        private final WebSocketSession session;
        private final String conversationId;
        private long sent;
        private volatile ActivityLog.Subscription subscription;

        Stream(WebSocketSession session, String conversationId, long watermark) {
            this.session = session;
            this.conversationId = conversationId;
            this.sent = watermark;
        }

        @Override
        public synchronized void appended() {
            ActivitySet next = log.since(conversationId, sent);
            if (next.activities().isEmpty() || !session.isOpen()) {
                return;
            }
            try {
                session.sendMessage(new TextMessage(json.writeValueAsString(next)));
                sent = Watermarks.parse(next.watermark());
            } catch (IOException | RuntimeException e) {
                // The client reconnects with its watermark and gets what it missed.
                LOG.debug("Direct Line stream send failed: {}", e.getClass().getName());
                closeQuietly(CloseStatus.SERVER_ERROR);
            }
        }

        synchronized void keepAlive() {
            if (!session.isOpen()) {
                return;
            }
            try {
                session.sendMessage(new TextMessage(""));
            } catch (IOException | RuntimeException e) {
                LOG.debug("Direct Line keep-alive failed: {}", e.getClass().getName());
                closeQuietly(CloseStatus.SERVER_ERROR);
            }
        }

        @Override
        public void ended() {
            closeQuietly(CloseStatus.GOING_AWAY);
        }

        private void closeQuietly(CloseStatus status) {
            try {
                session.close(status);
            } catch (IOException e) {
                LOG.debug("Direct Line stream close failed: {}", e.getClass().getName());
            }
        }
    }
}
