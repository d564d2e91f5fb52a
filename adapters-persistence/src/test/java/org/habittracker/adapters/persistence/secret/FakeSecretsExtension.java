package org.habittracker.adapters.persistence.secret;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The AWS Parameters and Secrets Lambda Extension as far as we use it: {@code GET /secretsmanager/get?secretId=…}
 * on localhost, 401 without the session token, 400 for an unknown secret, else the secret's JSON envelope with
 * the {@code SecretString} the test set (and may change, as a rotation does).
 */
public final class FakeSecretsExtension implements AutoCloseable {

    private final HttpServer server;
    private final String secretId;
    private final String sessionToken;
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private volatile String secretString;

    public FakeSecretsExtension(String secretId, String sessionToken, String secretString) {
        this.secretId = secretId;
        this.sessionToken = sessionToken;
        this.secretString = secretString;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/secretsmanager/get", this::answer);
        server.start();
    }

    /** A secret as RDS manages it for a master user: only the credentials. */
    public static String credentials(String username, String password) {
        return write(Map.of("username", username, "password", password));
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The variables Lambda sets for a function with this extension attached. */
    public Map<String, String> lambdaEnvironment() {
        return Map.of("AWS_SESSION_TOKEN", sessionToken, "PARAMETERS_SECRETS_EXTENSION_HTTP_PORT",
                Integer.toString(port()));
    }

    /** From now on the extension serves this secret (a rotation, once its cache has expired). */
    public void serve(String newSecretString) {
        this.secretString = newSecretString;
    }

    /** The raw query strings of every request so far. */
    public List<String> queries() {
        return queries;
    }

    /** How many times the secret was asked for. */
    public int reads() {
        return queries.size();
    }

    @Override
    public void close() {
        server.stop(0); // stopping twice is harmless
    }

    private void answer(HttpExchange exchange) throws IOException {
        queries.add(exchange.getRequestURI().getRawQuery());
        String token = exchange.getRequestHeaders().getFirst("X-Aws-Parameters-Secrets-Token");
        String query = exchange.getRequestURI().getQuery();
        int status;
        String body;
        if (!sessionToken.equals(token)) {
            status = 401;
            body = "{\"message\":\"not authorized\"}";
        } else if (query == null || !query.equals("secretId=" + secretId)) {
            status = 400;
            body = "{\"message\":\"ResourceNotFoundException: Secrets Manager can't find the specified secret.\"}";
        } else {
            status = 200;
            body = write(Map.of("ARN", secretId, "Name", "habits/db", "SecretString", secretString,
                    "VersionId", "v" + queries.size()));
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String write(Map<String, String> value) {
        try {
            return JsonMapper.builder().build().writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
