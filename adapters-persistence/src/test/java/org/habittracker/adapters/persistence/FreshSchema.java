package org.habittracker.adapters.persistence;

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
    private String schema;
    private PostgresPersistence persistence;

    @Override
    public void beforeAll(ExtensionContext context) {
        String className = context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT);
        schema = "it_" + className.substring(0, Math.min(30, className.length())) + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        persistence = PostgresPersistence.start(server().settings(schema));
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

    PostgresPersistence persistence() {
        return persistence;
    }
}
