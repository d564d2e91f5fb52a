package org.habittracker.adapters.lambda.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The secrets extension client, against a fake extension on localhost")
class SecretsExtensionClientTest {

    private static final String ARN = "arn:aws:secretsmanager:eu-central-1:123456789012:secret:habits/db-AbCdEf";
    private static final String TOKEN = "IQoJb3JpZ2luX2VjEXAMPLE";

    private HttpServer server;
    private final List<String> seenQueries = new CopyOnWriteArrayList<>();
    private volatile String secretString = """
            {"username":"habits_app","password":"p@ss:w/rd","engine":"postgres","host":"habits.cluster-abc.eu-central-1.rds.amazonaws.com","port":5432,"dbname":"habits"}""";

    @BeforeEach
    void startFakeExtension() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/secretsmanager/get", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0); // stopping twice is harmless
    }

    /** Behaves as the extension: 401 without the session token, 400 for an unknown secret. */
    private void answer(HttpExchange exchange) throws IOException {
        seenQueries.add(exchange.getRequestURI().getRawQuery());
        String token = exchange.getRequestHeaders().getFirst("X-Aws-Parameters-Secrets-Token");
        String query = exchange.getRequestURI().getQuery();
        int status;
        String body;
        if (!TOKEN.equals(token)) {
            status = 401;
            body = "{\"message\":\"not authorized\"}";
        } else if (!query.equals("secretId=" + ARN)) {
            status = 400;
            body = "{\"message\":\"ResourceNotFoundException: Secrets Manager can't find the specified secret.\"}";
        } else {
            status = 200;
            body = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(Map.of(
                    "ARN", ARN, "Name", "habits/db", "SecretString", secretString, "VersionId", "v1"));
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private SecretsExtensionClient client(String token) {
        return SecretsExtensionClient.fromEnvironment(Map.of("AWS_SESSION_TOKEN", token,
                "PARAMETERS_SECRETS_EXTENSION_HTTP_PORT", Integer.toString(server.getAddress().getPort())));
    }

    private static final String RDS_MANAGED_SECRET = """
            {"username":"habits_admin","password":"r0tated-by-RDS"}""";

    @Test
    @DisplayName("reads username, password, host, port and dbname, sending the session token and the encoded id")
    void readsDatabaseSecret() {
        DatabaseSecret secret = client(TOKEN).databaseSecret(ARN, true);

        assertThat(secret).isEqualTo(new DatabaseSecret("habits_app", "p@ss:w/rd", Optional.of(
                new DatabaseSecret.Endpoint("habits.cluster-abc.eu-central-1.rds.amazonaws.com", 5432, "habits"))));
        assertThat(secret.endpoint().orElseThrow().jdbcUrl())
                .isEqualTo("jdbc:postgresql://habits.cluster-abc.eu-central-1.rds.amazonaws.com:5432/habits");
        assertThat(seenQueries).containsExactly("secretId=arn%3Aaws%3Asecretsmanager%3Aeu-central-1%3A123456789012%3Asecret%3Ahabits%2Fdb-AbCdEf");
        assertThat(secret.toString()).doesNotContain("p@ss");
    }

    @Test
    @DisplayName("without HABITS_DB_URL, the secret's host, port and dbname give the URL and it gives the credentials")
    void resolvesConnectionFromFullSecret() {
        HabitsConfig config = HabitsConfig.fromEnvironment(Map.of("HABITS_DB_SECRET_ARN", ARN));

        DatabaseConnection connection = DatabaseConnection.resolve(config, () -> client(TOKEN));

        assertThat(connection.jdbcUrl()).isEqualTo("jdbc:postgresql://habits.cluster-abc.eu-central-1.rds.amazonaws.com:5432/habits");
        assertThat(connection.username()).contains("habits_app");
        assertThat(connection.password()).contains("p@ss:w/rd");
    }

    @Test
    @DisplayName("RDS's managed master secret (username and password only) with HABITS_DB_URL set gives the credentials")
    void rdsManagedSecretWithUrl() {
        secretString = RDS_MANAGED_SECRET;
        HabitsConfig config = HabitsConfig.fromEnvironment(Map.of("HABITS_DB_SECRET_ARN", ARN,
                "HABITS_DB_URL", "jdbc:postgresql://writer.example:5432/habits?sslmode=verify-full"));

        DatabaseConnection connection = DatabaseConnection.resolve(config, () -> client(TOKEN));

        assertThat(connection.jdbcUrl()).isEqualTo("jdbc:postgresql://writer.example:5432/habits?sslmode=verify-full");
        assertThat(connection.username()).contains("habits_admin");
        assertThat(connection.password()).contains("r0tated-by-RDS");
        assertThat(client(TOKEN).databaseSecret(ARN, false))
                .isEqualTo(DatabaseSecret.credentials("habits_admin", "r0tated-by-RDS"));
    }

    @Test
    @DisplayName("with HABITS_DB_URL set, a secret that also names an endpoint gives only its credentials")
    void urlWinsOverSecretEndpoint() {
        HabitsConfig config = HabitsConfig.fromEnvironment(Map.of("HABITS_DB_SECRET_ARN", ARN,
                "HABITS_DB_URL", "jdbc:postgresql://proxy.example:5432/habits"));

        DatabaseConnection connection = DatabaseConnection.resolve(config, () -> client(TOKEN));

        assertThat(connection.jdbcUrl()).isEqualTo("jdbc:postgresql://proxy.example:5432/habits");
        assertThat(connection.username()).contains("habits_app");
        assertThat(client(TOKEN).databaseSecret(ARN, false).endpoint()).isEmpty();
    }

    @Test
    @DisplayName("RDS's managed master secret without HABITS_DB_URL is refused, naming the missing fields and the variable")
    void rdsManagedSecretWithoutUrl() {
        secretString = RDS_MANAGED_SECRET;
        HabitsConfig config = HabitsConfig.fromEnvironment(Map.of("HABITS_DB_SECRET_ARN", ARN));

        assertThatThrownBy(() -> DatabaseConnection.resolve(config, () -> client(TOKEN)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("[host, port, dbname]")
                .hasMessageContaining("HABITS_DB_URL");
    }

    @Test
    @DisplayName("a secret without credentials is refused whether or not the URL is set, naming what is missing")
    void secretWithoutCredentials() {
        secretString = "{\"host\":\"h\",\"port\":5432,\"dbname\":\"d\",\"username\":\" \"}";

        assertThatThrownBy(() -> client(TOKEN).databaseSecret(ARN, false))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("[username, password]");
        assertThatThrownBy(() -> client(TOKEN).databaseSecret(ARN, true))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("[username, password]");
    }

    @Test
    @DisplayName("a port that is not a number is refused when the endpoint is needed")
    void badPort() {
        secretString = "{\"username\":\"u\",\"password\":\"p\",\"host\":\"h\",\"port\":\"five\",\"dbname\":\"d\"}";

        assertThatThrownBy(() -> client(TOKEN).databaseSecret(ARN, true))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("port is not a number");
    }

    @Test
    @DisplayName("a refusal of the extension is a configuration error naming the variable")
    void refused() {
        assertThatThrownBy(() -> client("wrong-token").databaseSecret(ARN, false))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("HABITS_DB_SECRET_ARN")
                .hasMessageContaining("401");
        assertThatThrownBy(() -> client(TOKEN).databaseSecret("other", false))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("400");
    }

    @Test
    @DisplayName("outside Lambda (no session token) it says so rather than hanging")
    void noSessionToken() {
        assertThatThrownBy(() -> SecretsExtensionClient.fromEnvironment(Map.of()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("AWS_SESSION_TOKEN");
    }

    @Test
    @DisplayName("no extension listening is a configuration error, after a few quick tries")
    void noExtension() {
        int port = server.getAddress().getPort();
        server.stop(0);
        var client = SecretsExtensionClient.fromEnvironment(Map.of("AWS_SESSION_TOKEN", TOKEN,
                "PARAMETERS_SECRETS_EXTENSION_HTTP_PORT", Integer.toString(port)));

        assertThatThrownBy(() -> client.databaseSecret(ARN, false)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("does not answer");
    }
}
