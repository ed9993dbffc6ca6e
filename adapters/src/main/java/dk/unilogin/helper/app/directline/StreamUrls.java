package dk.unilogin.helper.app.directline;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The WebSocket address of a conversation's stream, on the host and scheme the client used
 * (behind a proxy, as {@code server.forward-headers-strategy} reports them).
 */
final class StreamUrls {
    static final String PATH = "/v3/directline/conversations/{conversationId}/stream";

    private StreamUrls() {
    }

    static String of(String conversationId, String ticket, String watermark) {
        UriComponentsBuilder builder = ServletUriComponentsBuilder.fromCurrentContextPath();
        String scheme = "https".equalsIgnoreCase(builder.build().getScheme()) ? "wss" : "ws";
        builder.scheme(scheme).path(PATH).queryParam("t", ticket);
        if (watermark != null && !watermark.isBlank()) {
            builder.queryParam("watermark", watermark);
        }
        return builder.buildAndExpand(conversationId).encode().toUriString();
    }
}
