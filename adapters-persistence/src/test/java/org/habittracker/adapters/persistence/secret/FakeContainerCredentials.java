package org.habittracker.adapters.persistence.secret;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lambda's container credentials endpoint as a SnapStart function meets it: {@code GET} with the authorization
 * token in {@code Authorization} answers the role's credentials, but only once the environment has been restored
 * ({@link #restore}); before, as during a version's init, it answers 503, and every request is counted so a test
 * can say none was made.
 */
public final class FakeContainerCredentials implements AutoCloseable {

    private final HttpServer server;
    private final String authorization;
    private final String sessionToken;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile boolean restored;

    public FakeContainerCredentials(String authorization, String sessionToken) {
        this.authorization = authorization;
        this.sessionToken = sessionToken;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/2018-06-01/credentials", this::answer);
        server.start();
    }

    /** The variables Lambda sets for a SnapStart function: the endpoint and its token, no session token. */
    public Map<String, String> snapStartEnvironment() {
        return Map.of(ExtensionToken.CREDENTIALS_URI,
                "http://127.0.0.1:" + server.getAddress().getPort() + "/2018-06-01/credentials",
                ExtensionToken.AUTHORIZATION_TOKEN, authorization);
    }

    /** From now on the credentials are served, as after a restore. */
    public void restore() {
        restored = true;
    }

    /** How many times the credentials were asked for, served or not. */
    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        int status;
        String body;
        if (!authorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            status = 401;
            body = "{\"message\":\"unauthorized\"}";
        } else if (!restored) {
            status = 503;
            body = "{\"message\":\"not restored\"}";
        } else {
            status = 200;
            body = "{\"AccessKeyId\":\"ASIAFAKE\",\"SecretAccessKey\":\"fake\",\"Token\":\"" + sessionToken
                    + "\",\"Expiration\":\"2099-01-01T00:00:00Z\"}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
