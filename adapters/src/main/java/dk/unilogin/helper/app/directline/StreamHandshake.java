package dk.unilogin.helper.app.directline;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dk.unilogin.helper.app.store.StoreUnavailableException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.util.MultiValueMap;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Lets a WebSocket open only with a valid stream ticket ({@code ?t=}) for the conversation in
 * the path: 403 for a wrong or expired ticket, 404 for an ended conversation, 503 while the
 * shared store (Redis) is unreachable. The page's
 * origin was checked before, by the CORS filter that covers every Direct Line path.
 */
final class StreamHandshake implements HandshakeInterceptor {
    static final String CONVERSATION = "directline.conversation";
    static final String WATERMARK = "directline.watermark";
    private static final Pattern PATH = Pattern.compile("/v3/directline/conversations/([A-Za-z0-9_-]{1,64})/stream");

    private final DirectLineTokens tokens;
    private final DirectLineConversations conversations;

    StreamHandshake(DirectLineTokens tokens, DirectLineConversations conversations) {
        this.tokens = tokens;
        this.conversations = conversations;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) {
        try {
            return check(request, response, attributes);
        } catch (StoreUnavailableException e) {
            response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
            response.getHeaders().set(HttpHeaders.RETRY_AFTER,
                    Long.toString(StoreUnavailableException.RETRY_AFTER_SECONDS));
            return false;
        }
    }

    private boolean check(ServerHttpRequest request, ServerHttpResponse response, Map<String, Object> attributes) {
        Matcher path = PATH.matcher(request.getURI().getPath());
        MultiValueMap<String, String> query = UriComponentsBuilder.fromUri(request.getURI()).build().getQueryParams();
        String ticket = query.getFirst("t");
        DirectLineTokens.Check check = path.matches() && ticket != null
                ? tokens.check(URLDecoder.decode(ticket, StandardCharsets.UTF_8), DirectLineTokens.Kind.STREAM)
                : new DirectLineTokens.Invalid();
        if (!(check instanceof DirectLineTokens.Valid valid) || !valid.grant().conversationId().equals(path.group(1))) {
            response.setStatusCode(HttpStatus.FORBIDDEN);
            return false;
        }
        if (conversations.find(path.group(1)).isEmpty()) {
            response.setStatusCode(HttpStatus.NOT_FOUND);
            return false;
        }
        String watermark = query.getFirst("watermark");
        long from;
        try {
            from = Watermarks.parse(watermark);
        } catch (RuntimeException e) {
            response.setStatusCode(HttpStatus.BAD_REQUEST);
            return false;
        }
        attributes.put(CONVERSATION, path.group(1));
        attributes.put(WATERMARK, from);
        return true;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               Exception exception) {
        // nothing to do
    }
}
