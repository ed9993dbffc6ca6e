package dk.unilogin.helper.app.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP/1.1 over a plain socket, for requests no ordinary client sends: paths exactly as
 * written (encoded, with '..' or ';'), odd headers, a body that never arrives.
 */
public final class RawHttp implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Socket socket;

    public RawHttp(int port, int readTimeoutMillis) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.setSoTimeout(readTimeoutMillis);
    }

    /** One request with {@code Connection: close}; the answer read to its end. */
    public static Response exchange(int port, String method, String path, String body, String... headers) {
        try (RawHttp http = new RawHttp(port, 20_000)) {
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
            for (int i = 0; i < headers.length; i += 2) {
                head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                head.append("Content-Type: application/json\r\nContent-Length: ").append(bytes.length).append("\r\n");
            }
            head.append("\r\n");
            http.send(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            http.send(bytes);
            return http.readResponse();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public void send(byte[] bytes) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(bytes);
        out.flush();
    }

    public void send(String text) throws IOException {
        send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Reads until the server closes the connection (or a complete answer of declared length). */
    public Response readResponse() throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            all.write(buffer, 0, n);
            Response complete = Response.parse(all.toString(StandardCharsets.UTF_8), true);
            if (complete != null) {
                return complete;
            }
        }
        return Response.parse(all.toString(StandardCharsets.UTF_8), false);
    }

    /** True if the server closed the connection (or reset it) within the read timeout. */
    public boolean closedByServer() throws IOException {
        try {
            InputStream in = socket.getInputStream();
            while (in.read() >= 0) {
                // an answer before closing is fine
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    public record Response(int status, Map<String, String> headers, String body) {
        static Response parse(String raw, boolean onlyIfComplete) {
            int end = raw.indexOf("\r\n\r\n");
            if (end < 0) {
                if (onlyIfComplete) {
                    return null;
                }
                throw new AssertionError("no complete HTTP answer: " + raw);
            }
            String[] lines = raw.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip(), (a, b) -> a + ", " + b);
            }
            String body = raw.substring(end + 4);
            String length = headers.get("content-length");
            if (onlyIfComplete && (length == null || body.getBytes(StandardCharsets.UTF_8).length < Integer.parseInt(length))) {
                return null;
            }
            if (headers.containsKey("transfer-encoding")) {
                body = dechunk(body);
            }
            return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
        }

        private static String dechunk(String body) {
            StringBuilder out = new StringBuilder();
            int at = 0;
            while (at < body.length()) {
                int lineEnd = body.indexOf("\r\n", at);
                if (lineEnd < 0) {
                    break;
                }
                int size = Integer.parseInt(body.substring(at, lineEnd).strip(), 16);
                if (size == 0) {
                    break;
                }
                out.append(body, lineEnd + 2, Math.min(body.length(), lineEnd + 2 + size));
                at = lineEnd + 2 + size + 2;
            }
            return out.toString();
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + body;
        }
    }
}
