package org.habittracker.adapters.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A schema of the test class's own on the test server, migrated and served by a {@link PostgresPersistence},
 * dropped after the class. Register it in a static field:
 *
 * <pre>{@code @RegisterExtension static final FreshSchema database = new FreshSchema();}</pre>
 */
final class FreshSchema implements BeforeAllCallback, AfterAllCallback {
    private final int poolSize;
    private String schema;
    private PostgresPersistence persistence;

    FreshSchema() {
        this(4);
    }

    /** With a pool of {@code poolSize} connections, for tests that run many threads at once. */
    FreshSchema(int poolSize) {
        this.poolSize = poolSize;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String className = context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT);
        schema = "it_" + className.substring(0, Math.min(30, className.length())) + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        persistence = PostgresPersistence.start(server().settings(schema).withMaximumPoolSize(poolSize));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (persistence != null) {
            persistence.close();
        }
        if (schema != null) {
            server().dropSchema(schema);
        }
    }

    TestPostgres server() {
        return TestPostgres.server();
    }

    String schema() {
        return schema;
    }

    /** A plain connection whose search path is this schema. */
    Connection connect() throws SQLException {
        Connection connection = server().connect();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO \"" + schema + "\"");
        }
        return connection;
    }

    PostgresPersistence persistence() {
        return persistence;
    }
}
