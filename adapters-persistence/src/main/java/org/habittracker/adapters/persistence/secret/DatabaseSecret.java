package org.habittracker.adapters.persistence.secret;

import java.util.Objects;
import java.util.Optional;

/**
 * What a database secret in Secrets Manager holds (its {@code SecretString}). The secret RDS manages for a
 * master user ({@code manage_master_user_password}) holds only {@code username} and {@code password}; one made
 * by hand or by an RDS rotation template also has {@code host}, {@code port} and {@code dbname}, which
 * {@link #endpoint} carries when they were asked for.
 */
public record DatabaseSecret(String username, String password, Optional<Endpoint> endpoint) {

    /** Where the database is, as a secret may say. */
    public record Endpoint(String host, int port, String dbname) {
        public Endpoint {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(dbname, "dbname");
        }

        public String jdbcUrl() {
            return "jdbc:postgresql://" + host + ":" + port + "/" + dbname;
        }
    }

    public DatabaseSecret {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(endpoint, "endpoint");
    }

    /** Credentials only, as RDS's managed master user secret. */
    public static DatabaseSecret credentials(String username, String password) {
        return new DatabaseSecret(username, password, Optional.empty());
    }

    @Override
    public String toString() {
        return "DatabaseSecret[username=" + username + ", password=…, endpoint=" + endpoint.map(Endpoint::toString)
                .orElse("-") + "]";
    }
}
