package org.habittracker.adapters.persistence.secret;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a secret through the AWS Parameters and Secrets Lambda Extension: an HTTP server on localhost
 * inside the Lambda sandbox that caches Secrets Manager for us, so no AWS SDK is needed. It answers
 * {@code GET /secretsmanager/get?secretId=…} when the request carries the function's session token in
 * {@code X-Aws-Parameters-Secrets-Token}, which is asked for at each read ({@link ExtensionToken}): a SnapStart
 * function has none at init.
 */
public final class SecretsExtensionClient {

    public static final int DEFAULT_PORT = 2773;
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final int ATTEMPTS = 3;
    /** Reads a secret's JSON only: no modules, nothing to configure. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final ExtensionToken sessionToken;
    /** Built on first use: an HTTP client costs start-up time, and the secret is read only when a connection needs it. */
    private HttpClient http;

    public SecretsExtensionClient(URI base, ExtensionToken sessionToken) {
        this.base = base;
        this.sessionToken = sessionToken;
    }

    /** A fixed session token (tests). */
    public SecretsExtensionClient(URI base, String sessionToken) {
        this(base, new ExtensionToken.SessionVariable(() -> Optional.of(sessionToken)));
    }

    /**
     * The extension of this sandbox: its port from {@code PARAMETERS_SECRETS_EXTENSION_HTTP_PORT}, else 2773; the
     * token from where {@link ExtensionToken#fromEnvironment} finds it, asked for only when a secret is read.
     */
    public static SecretsExtensionClient fromEnvironment(Map<String, String> env) {
        ExtensionToken token = ExtensionToken.fromEnvironment(env);
        int port = DEFAULT_PORT;
        String configured = env.get("PARAMETERS_SECRETS_EXTENSION_HTTP_PORT");
        if (configured != null && !configured.isBlank()) {
            try {
                port = Integer.parseInt(configured.strip());
            } catch (NumberFormatException e) {
                throw new SecretUnavailableException("PARAMETERS_SECRETS_EXTENSION_HTTP_PORT must be a port number");
            }
        }
        return new SecretsExtensionClient(URI.create("http://localhost:" + port), token);
    }

    /**
     * The database secret {@code secretId}: {@code username} and {@code password} always; {@code host},
     * {@code port} and {@code dbname} only when {@code endpointNeeded} (no {@code HABITS_DB_URL} names the
     * database), since the secret RDS manages for a master user holds only the credentials.
     *
     * @throws SecretUnavailableException naming every field the secret lacks, or why it could not be read
     */
    public DatabaseSecret databaseSecret(String secretId, boolean endpointNeeded) {
        JsonNode secret = secretString(secretId);
        List<String> required = endpointNeeded ? List.of("username", "password", "host", "port", "dbname")
                : List.of("username", "password");
        List<String> missing = new ArrayList<>();
        for (String field : required) {
            if (!secret.hasNonNull(field) || secret.get(field).asText().isBlank()) {
                missing.add(field);
            }
        }
        if (!missing.isEmpty()) {
            throw new SecretUnavailableException("the secret lacks " + missing
                    + (endpointNeeded && !missing.contains("username") && !missing.contains("password")
                            ? " (or name the database in the JDBC URL)" : ""));
        }
        String username = secret.get("username").asText();
        String password = secret.get("password").asText();
        if (!endpointNeeded) {
            return DatabaseSecret.credentials(username, password);
        }
        int port;
        try {
            port = Integer.parseInt(secret.get("port").asText().strip());
        } catch (NumberFormatException e) {
            throw new SecretUnavailableException("the secret's port is not a number");
        }
        return new DatabaseSecret(username, password,
                Optional.of(new DatabaseSecret.Endpoint(secret.get("host").asText(), port, secret.get("dbname").asText())));
    }

    /**
     * The text fields of a JSON secret other than the database's (the VAPID keys: {@code publicKey},
     * {@code privateKey}, {@code subject}); blank ones are left out, so that a caller names what is missing.
     *
     * @throws SecretUnavailableException when the secret cannot be read or is not a JSON object
     */
    public Map<String, String> textFields(String secretId) {
        JsonNode secret = secretString(secretId);
        if (!secret.isObject()) {
            throw new SecretUnavailableException("the secret is not a JSON object");
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        secret.properties().forEach(field -> {
            if (field.getValue().isTextual() && !field.getValue().asText().isBlank()) {
                fields.put(field.getKey(), field.getValue().asText());
            }
        });
        return Map.copyOf(fields);
    }

    private JsonNode secretString(String secretId) {
        HttpRequest request = HttpRequest.newBuilder(
                base.resolve("/secretsmanager/get?secretId=" + URLEncoder.encode(secretId, StandardCharsets.UTF_8)))
                .timeout(TIMEOUT).header("X-Aws-Parameters-Secrets-Token", sessionToken.current()).GET().build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            // The extension's error body names the secret and the reason, never the secret's value.
            throw new SecretUnavailableException("the secrets extension answered " + response.statusCode() + " "
                    + abbreviate(response.body()));
        }
        try {
            JsonNode envelope = JSON.readTree(response.body());
            JsonNode secretString = envelope.get("SecretString");
            if (secretString == null || !secretString.isTextual()) {
                throw new SecretUnavailableException("the secret has no SecretString");
            }
            return JSON.readTree(secretString.asText());
        } catch (IOException e) {
            throw new SecretUnavailableException("the secret is not JSON");
        }
    }

    /** The extension starts with the sandbox; a refused connection right at start is worth another try. */
    private HttpResponse<String> send(HttpRequest request) {
        for (int attempt = 1;; attempt++) {
            try {
                return http().send(request, HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException e) {
                if (attempt >= ATTEMPTS) {
                    throw new SecretUnavailableException(
                            "the secrets extension does not answer at " + base + " (is the layer attached?)");
                }
                pause(100L * attempt);
            } catch (IOException e) {
                throw new SecretUnavailableException(
                        "cannot read from the secrets extension: " + e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SecretUnavailableException("interrupted while reading the secret");
            }
        }
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();
        }
        return http;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String abbreviate(String body) {
        String oneLine = body == null ? "" : body.replaceAll("\\s+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }
}
