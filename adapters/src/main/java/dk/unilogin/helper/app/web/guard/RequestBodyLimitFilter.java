package dk.unilogin.helper.app.web.guard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.LongSupplier;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every request body before anything parses it: over the limit is 413, a body that
 * takes longer than the read deadline to arrive is 408. A body of declared length over the
 * limit is refused by its header, unread; any other body is read here, up to one byte past
 * the limit, and handed on from memory. The Telegram webhook is left to its controller, which
 * checks Telegram's secret before it reads a byte and applies its own limit.
 */
final class RequestBodyLimitFilter extends OncePerRequestFilter {
    private static final String WEBHOOKS = "/telegram/";

    private final int maxBytes;
    private final Duration readDeadline;
    private final LongSupplier nanoTime;

    RequestBodyLimitFilter(int maxBytes, Duration readDeadline, LongSupplier nanoTime) {
        this.maxBytes = maxBytes;
        this.readDeadline = readDeadline;
        this.nanoTime = nanoTime;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return GuardedPaths.of(request).startsWith(WEBHOOKS);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            tooLarge(response);
            return;
        }
        if (declared == 0 || (declared < 0 && !hasChunkedBody(request)) || isForm(request)) {
            // A form is parsed by Tomcat itself (server.tomcat.max-http-form-post-size bounds it).
            chain.doFilter(request, response);
            return;
        }
        byte[] body;
        try {
            body = readBounded(request.getInputStream(), declared);
        } catch (ReadTooSlow e) {
            response.setHeader("Connection", "close");
            ProblemResponses.write(response, HttpStatus.REQUEST_TIMEOUT, "body-too-slow",
                    "The request body did not arrive in time.");
            return;
        }
        if (body.length > maxBytes) {
            tooLarge(response);
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    /**
     * Reads up to one byte past the limit, giving up when the whole read takes longer than the
     * deadline. A declared length sizes the array (a chat message is a few hundred bytes, not
     * the 12 KB of buffers a general read would take); one more byte read at that size tells
     * whether the body goes on.
     */
    private byte[] readBounded(InputStream in, long declared) throws IOException {
        long started = nanoTime.getAsLong();
        byte[] body = new byte[declared > 0 ? (int) declared : Math.min(maxBytes + 1, 8192)];
        int total = 0;
        while (total <= maxBytes) {
            if (total == body.length) {
                int next = in.read();
                if (next < 0) {
                    break;
                }
                body = Arrays.copyOf(body, Math.min(maxBytes + 1, Math.max(64, body.length * 2)));
                body[total++] = (byte) next;
            } else {
                int n = in.read(body, total, body.length - total);
                if (n < 0) {
                    break;
                }
                total += n;
            }
            if (nanoTime.getAsLong() - started > readDeadline.toNanos()) {
                throw new ReadTooSlow();
            }
        }
        return total == body.length ? body : Arrays.copyOf(body, total);
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static boolean hasChunkedBody(HttpServletRequest request) {
        String encoding = request.getHeader("Transfer-Encoding");
        return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        ProblemResponses.write(response, HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                "The request body is larger than " + maxBytes + " bytes.");
    }

    private static final class ReadTooSlow extends IOException {
        ReadTooSlow() {
            super("request body read deadline passed", null);
        }
    }

    /** The request with its already-read body served from memory. */
    private static final class BufferedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }
    }
}
