package org.habittracker.adapters.persistence.secret;

import java.util.Optional;
import java.util.function.Supplier;
import org.habittracker.adapters.persistence.PersistenceSettings;
import org.postgresql.Driver;

/**
 * Where and as whom to connect, once the configured values and any secret have been combined.
 *
 * @param password a fixed password, or empty
 * @param secret   the secret the password comes from, read when a connection needs it, or empty
 */
public record DatabaseConnection(String jdbcUrl, Optional<String> username, Optional<String> password,
        Optional<SecretCredentials> secret) {

    /** A fixed user and password (either may be empty, to take it from the URL). */
    public static DatabaseConnection fixed(String jdbcUrl, Optional<String> username, Optional<String> password) {
        return new DatabaseConnection(jdbcUrl, username, password, Optional.empty());
    }

    /**
     * The password from the secret {@code secretId}. The secret is read here only for what is needed before any
     * connection: the URL when none is given, the user when neither {@code username} nor the URL names one.
     * Otherwise it is first read when the first connection asks for the password (in Lambda: during an
     * invocation, not at init).
     *
     * @throws SecretUnavailableException when the secret had to be read and could not be
     */
    public static DatabaseConnection fromSecret(Optional<String> jdbcUrl, Optional<String> username, String secretId,
            Supplier<SecretsExtensionClient> extension) {
        SecretsExtensionClient client = extension.get(); // checks the environment now: fail at start, not later
        SecretCredentials credentials = new SecretCredentials(() -> client, secretId, jdbcUrl.isEmpty());
        String url = jdbcUrl.orElseGet(() -> credentials.current().endpoint().orElseThrow().jdbcUrl());
        Optional<String> user = username.or(() -> userInUrl(url)).or(() -> Optional.of(credentials.current().username()));
        return new DatabaseConnection(url, user, Optional.empty(), Optional.of(credentials));
    }

    /** The pool's settings: this URL and user, the fixed password if any, the default timeouts, no migration at start. */
    public PersistenceSettings settings(int maximumPoolSize) {
        return new PersistenceSettings(jdbcUrl, username.orElse(null), password.orElse(null), maximumPoolSize,
                PersistenceSettings.DEFAULT_CONNECTION_TIMEOUT, PersistenceSettings.DEFAULT_SOCKET_TIMEOUT, false);
    }

    private static Optional<String> userInUrl(String jdbcUrl) {
        return Optional.ofNullable(Driver.parseURL(jdbcUrl, null)).map(properties -> properties.getProperty("user"))
                .filter(user -> !user.isBlank());
    }

    @Override
    public String toString() {
        return "DatabaseConnection[jdbcUrl=" + PersistenceSettings.redacted(jdbcUrl) + ", username="
                + username.orElse("-") + ", password=" + (password.isPresent() ? "…" : "-") + ", secret="
                + secret.map(Object::toString).orElse("-") + "]";
    }
}
