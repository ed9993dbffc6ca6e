package dk.unilogin.helper.app.web.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A school's page on another origin than the bot (another port), embedding the widget with
 * the one-line snippet, optionally under a Content-Security-Policy header.
 */
final class HostPageServer implements AutoCloseable {
    private final HttpServer server;

    HostPageServer(String page, String contentSecurityPolicy) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            if (contentSecurityPolicy != null) {
                exchange.getResponseHeaders().set("Content-Security-Policy", contentSecurityPolicy);
            }
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/") ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
