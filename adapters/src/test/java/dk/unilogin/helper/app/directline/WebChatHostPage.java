package dk.unilogin.helper.app.directline;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * A school's page on its own origin (another port than the bot) that loads Microsoft's Web
 * Chat bundle from itself, no CDN, and connects it to the bot with the README's snippet.
 */
final class WebChatHostPage implements AutoCloseable {
    private final HttpServer server;

    WebChatHostPage(Path bundle, Supplier<String> page) throws IOException {
        byte[] script = Files.readAllBytes(bundle);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            switch (exchange.getRequestURI().getPath()) {
                case "/" -> send(exchange, 200, "text/html; charset=utf-8", page.get().getBytes(StandardCharsets.UTF_8));
                case "/webchat.js" -> send(exchange, 200, "application/javascript", script);
                default -> send(exchange, 404, "text/plain", new byte[0]);
            }
        });
        server.start();
    }

    String origin() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /**
     * The snippet a school pastes (see the README), with the bundle served from this page's
     * origin and the Web Chat store kept on {@code window} so the test can read its state.
     */
    static String page(String botDomain, String schoolId, Boolean webSocket) {
        String directLine = "{ token, domain: bot" + (webSocket == null ? "" : ", webSocket: " + webSocket) + " }";
        return "<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>Vestskolen</title></head><body>"
                + "<h1>Vestskolen</h1>"
                + "<div id=\"webchat\" style=\"height: 640px\"></div>\n"
                + "<script src=\"/webchat.js\"></script>\n"
                + "<script>\n"
                + "  const bot = '" + botDomain + "';\n"
                + "  const store = window.webChatStore = WebChat.createStore();\n"
                + "  fetch(bot + '/tokens/generate', { method: 'POST', headers: { 'Content-Type': 'application/json' },\n"
                + "      body: JSON.stringify({ school: '" + schoolId + "' }) })\n"
                + "    .then(response => response.json())\n"
                + "    .then(({ token }) => WebChat.renderWebChat({ directLine: WebChat.createDirectLine(" + directLine
                + "), store, locale: 'da-DK' }, document.getElementById('webchat')));\n"
                + "</script></body></html>";
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
