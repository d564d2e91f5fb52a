package org.habittracker.adapters.lambda.config;

import java.util.Optional;
import java.util.function.Supplier;

/** Where and as whom to connect, once the configuration and any secret have been combined. */
public record DatabaseConnection(String jdbcUrl, Optional<String> username, Optional<String> password) {

    /**
     * URL and credentials from the variables, or from the secret when {@code HABITS_DB_SECRET_ARN} is set: then
     * the secret gives the credentials, and the URL too when {@code HABITS_DB_URL} is not set.
     */
    public static DatabaseConnection resolve(HabitsConfig config, Supplier<SecretsExtensionClient> secrets) {
        if (config.dbSecretArn().isPresent()) {
            DatabaseSecret secret = secrets.get().databaseSecret(config.dbSecretArn().get(), config.dbUrl().isEmpty());
            String url = config.dbUrl().orElseGet(() -> secret.endpoint().orElseThrow().jdbcUrl());
            return new DatabaseConnection(url, Optional.of(secret.username()), Optional.of(secret.password()));
        }
        return new DatabaseConnection(config.dbUrl().orElseThrow(), config.dbUser(), config.dbPassword());
    }

    @Override
    public String toString() {
        return "DatabaseConnection[jdbcUrl=" + HabitsConfig.redactUrl(jdbcUrl) + ", username=" + username.orElse("-")
                + ", password=" + (password.isPresent() ? "…" : "-") + "]";
    }
}
