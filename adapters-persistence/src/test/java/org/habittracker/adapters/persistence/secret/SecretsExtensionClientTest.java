package org.habittracker.adapters.persistence.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The secrets extension client, against a fake extension on localhost")
class SecretsExtensionClientTest {

    private static final String ARN = "arn:aws:secretsmanager:eu-central-1:123456789012:secret:habits/db-AbCdEf";
    private static final String TOKEN = "IQoJb3JpZ2luX2VjEXAMPLE";
    private static final String FULL_SECRET = """
            {"username":"habits_app","password":"p@ss:w/rd","engine":"postgres","host":"habits.cluster-abc.eu-central-1.rds.amazonaws.com","port":5432,"dbname":"habits"}""";
    private static final String RDS_MANAGED_SECRET = FakeSecretsExtension.credentials("habits_admin", "r0tated-by-RDS");

    private final FakeSecretsExtension extension = new FakeSecretsExtension(ARN, TOKEN, FULL_SECRET);

    @AfterEach
    void stop() {
        extension.close();
    }

    private SecretsExtensionClient client(String token) {
        return SecretsExtensionClient.fromEnvironment(Map.of("AWS_SESSION_TOKEN", token,
                "PARAMETERS_SECRETS_EXTENSION_HTTP_PORT", Integer.toString(extension.port())));
    }

    /** The URL and user as the composition root passes them from {@code HABITS_DB_URL} and {@code HABITS_DB_USER}. */
    private static Map<String, String> config(String... variables) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            env.put(variables[i], variables[i + 1]);
        }
        return env;
    }

    private static DatabaseConnection resolve(Map<String, String> config, Supplier<SecretsExtensionClient> client) {
        return DatabaseConnection.fromSecret(Optional.ofNullable(config.get("HABITS_DB_URL")),
                Optional.ofNullable(config.get("HABITS_DB_USER")), ARN, client);
    }

    @Test
    @DisplayName("reads username, password, host, port and dbname, sending the session token and the encoded id")
    void readsDatabaseSecret() {
        DatabaseSecret secret = client(TOKEN).databaseSecret(ARN, true);

        assertThat(secret).isEqualTo(new DatabaseSecret("habits_app", "p@ss:w/rd", Optional.of(
                new DatabaseSecret.Endpoint("habits.cluster-abc.eu-central-1.rds.amazonaws.com", 5432, "habits"))));
        assertThat(secret.endpoint().orElseThrow().jdbcUrl())
                .isEqualTo("jdbc:postgresql://habits.cluster-abc.eu-central-1.rds.amazonaws.com:5432/habits");
        assertThat(extension.queries()).containsExactly(
                "secretId=arn%3Aaws%3Asecretsmanager%3Aeu-central-1%3A123456789012%3Asecret%3Ahabits%2Fdb-AbCdEf");
        assertThat(secret.toString()).doesNotContain("p@ss");
    }

    @Test
    @DisplayName("RDS's managed master secret (username and password only) is read as credentials when the URL is set")
    void rdsManagedSecretShape() {
        extension.serve(RDS_MANAGED_SECRET);

        assertThat(client(TOKEN).databaseSecret(ARN, false))
                .isEqualTo(DatabaseSecret.credentials("habits_admin", "r0tated-by-RDS"));
    }

    @Test
    @DisplayName("without HABITS_DB_URL, the secret's host, port and dbname give the URL and its username the user")
    void resolvesConnectionFromFullSecret() {
        DatabaseConnection connection = resolve(config(), () -> client(TOKEN));

        assertThat(connection.jdbcUrl()).isEqualTo("jdbc:postgresql://habits.cluster-abc.eu-central-1.rds.amazonaws.com:5432/habits");
        assertThat(connection.username()).contains("habits_app");
        assertThat(connection.password()).as("the password is read when a connection asks for it").isEmpty();
        assertThat(connection.secret().orElseThrow().current().password()).isEqualTo("p@ss:w/rd");
    }

    @Test
    @DisplayName("RDS's managed master secret with HABITS_DB_URL set: the URL from the variable, the user from the secret")
    void rdsManagedSecretWithUrl() {
        extension.serve(RDS_MANAGED_SECRET);

        DatabaseConnection connection = resolve(
                config("HABITS_DB_URL", "jdbc:postgresql://writer.example:5432/habits?sslmode=verify-full"),
                () -> client(TOKEN));

        assertThat(connection.jdbcUrl()).isEqualTo("jdbc:postgresql://writer.example:5432/habits?sslmode=verify-full");
        assertThat(connection.username()).contains("habits_admin");
        assertThat(connection.secret().orElseThrow().current().password()).isEqualTo("r0tated-by-RDS");
    }

    @Test
    @DisplayName("with HABITS_DB_URL and HABITS_DB_USER set (as Terraform sets them) nothing is read until a password is needed")
    void nothingReadAtResolve() {
        extension.serve(RDS_MANAGED_SECRET);

        DatabaseConnection connection = resolve(config("HABITS_DB_URL",
                "jdbc:postgresql://writer.example:5432/habits", "HABITS_DB_USER", "habits_admin"), () -> client(TOKEN));

        assertThat(extension.reads()).isZero();
        assertThat(connection.username()).contains("habits_admin");
        assertThat(connection.secret().orElseThrow().current().password()).isEqualTo("r0tated-by-RDS");
        assertThat(extension.reads()).isOne();
    }

    @Test
    @DisplayName("a user named in the URL counts as known: the secret is not read at resolve")
    void userInUrl() {
        DatabaseConnection connection = resolve(
                config("HABITS_DB_URL", "jdbc:postgresql://writer.example:5432/habits?user=habits_app"),
                () -> client(TOKEN));

        assertThat(extension.reads()).isZero();
        assertThat(connection.username()).contains("habits_app");
    }

    @Test
    @DisplayName("RDS's managed master secret without HABITS_DB_URL is refused, naming the missing fields and the way out")
    void rdsManagedSecretWithoutUrl() {
        extension.serve(RDS_MANAGED_SECRET);

        assertThatThrownBy(() -> resolve(config(), () -> client(TOKEN)))
                .isInstanceOf(SecretUnavailableException.class).hasMessageContaining("[host, port, dbname]")
                .hasMessageContaining("JDBC URL");
    }

    @Test
    @DisplayName("a secret without credentials is refused whether or not the URL is set, naming what is missing")
    void secretWithoutCredentials() {
        extension.serve("{\"host\":\"h\",\"port\":5432,\"dbname\":\"d\",\"username\":\" \"}");

        assertThatThrownBy(() -> client(TOKEN).databaseSecret(ARN, false))
                .isInstanceOf(SecretUnavailableException.class).hasMessageContaining("[username, password]");
        assertThatThrownBy(() -> client(TOKEN).databaseSecret(ARN, true))
                .isInstanceOf(SecretUnavailableException.class).hasMessageContaining("[username, password]");
    }

    @Test
    @DisplayName("a port that is not a number is refused when the endpoint is needed")
    void badPort() {
        extension.serve("{\"username\":\"u\",\"password\":\"p\",\"host\":\"h\",\"port\":\"five\",\"dbname\":\"d\"}");

        assertThatThrownBy(() -> client(TOKEN).databaseSecret(ARN, true))
                .isInstanceOf(SecretUnavailableException.class).hasMessageContaining("port is not a number");
    }

    @Test
    @DisplayName("a refusal of the extension is refused with its status")
    void refused() {
        assertThatThrownBy(() -> client("wrong-token").databaseSecret(ARN, false))
                .isInstanceOf(SecretUnavailableException.class).hasMessageContaining("secrets extension answered")
                .hasMessageContaining("401");
        assertThatThrownBy(() -> client(TOKEN).databaseSecret("other", false))
                .isInstanceOf(SecretUnavailableException.class).hasMessageContaining("400");
    }

    @Test
    @DisplayName("outside Lambda (no session token) it says so at start rather than at the first connection")
    void noSessionToken() {
        assertThatThrownBy(() -> SecretsExtensionClient.fromEnvironment(Map.of()))
                .isInstanceOf(SecretUnavailableException.class).hasMessageContaining("AWS_SESSION_TOKEN");
        assertThatThrownBy(() -> resolve(config("HABITS_DB_URL", "jdbc:postgresql://h/d",
                "HABITS_DB_USER", "u"), () -> SecretsExtensionClient.fromEnvironment(Map.of())))
                .isInstanceOf(SecretUnavailableException.class).hasMessageContaining("AWS_SESSION_TOKEN");
    }

    @Test
    @DisplayName("no extension listening is refused, after a few quick tries")
    void noExtension() {
        var client = client(TOKEN);
        extension.close();

        assertThatThrownBy(() -> client.databaseSecret(ARN, false)).isInstanceOf(SecretUnavailableException.class)
                .hasMessageContaining("does not answer");
    }

    @Test
    @DisplayName("another JSON secret gives its text fields, blank ones left out, so the caller names what is missing")
    void readsTextFieldsOfAnotherSecret() {
        extension.serve("""
                {"publicKey":"BPub","privateKey":"  ","subject":"mailto:ops@example.com","rotations":3}""");

        assertThat(client(TOKEN).textFields(ARN))
                .containsExactlyInAnyOrderEntriesOf(Map.of("publicKey", "BPub", "subject", "mailto:ops@example.com"));
    }

    @Test
    @DisplayName("a secret that is JSON but not an object is refused as such")
    void refusesTextFieldsOfANonObject() {
        extension.serve("[1,2]");

        assertThatThrownBy(() -> client(TOKEN).textFields(ARN)).isInstanceOf(SecretUnavailableException.class)
                .hasMessageContaining("not a JSON object");
    }
}
