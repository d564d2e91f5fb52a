package org.habittracker.adapters.localhttp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Lets the browser journey (a separate Node process) stop and start the server under test mid-session:
 * {@code POST /stop} and {@code POST /start} on a loopback port of its own, answered once done (204), so the
 * journey knows the server is really gone, or really back. Test code only; nothing like it is in the server.
 */
final class ServerSwitch implements AutoCloseable {
    private final HttpServer http;

    ServerSwitch(RestartableLocalServer server) {
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        http.createContext("/stop", exchange -> answer(exchange, server::stop));
        http.createContext("/start", exchange -> answer(exchange, server::start));
        http.start();
    }

    String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, Runnable action) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            try {
                action.run();
                exchange.sendResponseHeaders(204, -1);
            } catch (RuntimeException e) {
                byte[] message = String.valueOf(e.getMessage()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(500, message.length);
                exchange.getResponseBody().write(message);
            }
        }
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
