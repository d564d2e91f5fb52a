package org.habittracker.adapters.lambda.config;

import java.util.Optional;
import java.util.function.Supplier;

import org.postgresql.Driver;

/**
 * Where and as whom to connect, once the configuration and any secret have been combined.
 *
 * @param password a fixed password ({@code HABITS_DB_PASSWORD}), or empty
 * @param secret   the secret the password comes from, read when a connection needs it
 *                 ({@code HABITS_DB_SECRET_ARN}), or empty
 */
public record DatabaseConnection(String jdbcUrl, Optional<String> username, Optional<String> password,
        Optional<SecretCredentials> secret) {

    /**
     * URL and credentials from the variables, or with {@code HABITS_DB_SECRET_ARN} from the secret. The secret
     * is read here only for what is needed before any connection: the URL when {@code HABITS_DB_URL} is not
     * set, the user when neither {@code HABITS_DB_USER} nor the URL names one. Otherwise it is first read when
     * the first connection asks for the password (in Lambda: during an invocation, not at init).
     */
    public static DatabaseConnection resolve(HabitsConfig config, Supplier<SecretsExtensionClient> secrets) {
        if (config.dbSecretArn().isPresent()) {
            SecretsExtensionClient client = secrets.get(); // checks the environment now: fail at start, not later
            SecretCredentials credentials = new SecretCredentials(() -> client, config.dbSecretArn().get(),
                    config.dbUrl().isEmpty());
            String url = config.dbUrl().orElseGet(() -> credentials.current().endpoint().orElseThrow().jdbcUrl());
            Optional<String> user = config.dbUser().or(() -> userInUrl(url))
                    .or(() -> Optional.of(credentials.current().username()));
            return new DatabaseConnection(url, user, Optional.empty(), Optional.of(credentials));
        }
        return new DatabaseConnection(config.dbUrl().orElseThrow(), config.dbUser(), config.dbPassword(),
                Optional.empty());
    }

    private static Optional<String> userInUrl(String jdbcUrl) {
        return Optional.ofNullable(Driver.parseURL(jdbcUrl, null)).map(properties -> properties.getProperty("user"))
                .filter(user -> !user.isBlank());
    }

    @Override
    public String toString() {
        return "DatabaseConnection[jdbcUrl=" + HabitsConfig.redactUrl(jdbcUrl) + ", username=" + username.orElse("-")
                + ", password=" + (password.isPresent() ? "…" : "-") + ", secret=" + secret.map(Object::toString)
                .orElse("-") + "]";
    }
}
