package org.habittracker.adapters.lambda.support;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the integration tests find PostgreSQL and Redis: {@code HABITS_TEST_DB_URL} and
 * {@code HABITS_TEST_REDIS_URL} (which {@code .ci/run} sets), else the machine's own servers on their
 * default ports. Each caller gets a schema of its own, which the migrations create.
 */
public final class RealServices {

    public static final String DB_VARIABLE = "HABITS_TEST_DB_URL";
    public static final String REDIS_VARIABLE = "HABITS_TEST_REDIS_URL";

    private RealServices() {
    }

    public static String databaseUrl() {
        return Optional.ofNullable(System.getenv(DB_VARIABLE)).filter(v -> !v.isBlank())
                .orElse("jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    }

    /** The database URL with a fresh {@code currentSchema}, so test classes never see each other's rows. */
    public static String freshSchemaUrl() {
        String schema = "lambda_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        String url = databaseUrl();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static String redisUrl() {
        return Optional.ofNullable(System.getenv(REDIS_VARIABLE)).filter(v -> !v.isBlank())
                .orElse("redis://127.0.0.1:6379");
    }
}
