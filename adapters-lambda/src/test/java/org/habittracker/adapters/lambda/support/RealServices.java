package org.habittracker.adapters.lambda.support;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.habittracker.adapters.cache.TestRedis;
import org.habittracker.adapters.persistence.TestPostgres;

/**
 * Where the integration tests find PostgreSQL and Redis: the shared discovery of the adapters' test-jars
 * (ARCHITECTURE.md §7): {@code HABITS_TEST_DB_URL} / {@code HABITS_TEST_REDIS_URL} (which {@code .ci/run} sets), else
 * Testcontainers when a Docker engine answers, else an embedded PostgreSQL and a redis-server of the tests'
 * own. Each caller gets a schema of its own, which the migrations create and {@link Schema#close} drops.
 */
public final class RealServices {

    private RealServices() {
    }

    /** A fresh schema on the test PostgreSQL, and the variables that reach it. */
    public record Schema(String name, Map<String, String> environment) implements AutoCloseable {
        public Schema {
            environment = Map.copyOf(environment);
        }

        @Override
        public void close() {
            TestPostgres.server().dropSchema(name);
        }
    }

    public static Schema freshSchema() {
        String name = "lambda_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        return new Schema(name, TestPostgres.server().habitsEnvironment(name));
    }

    /** {@code HABITS_DB_*} of a fresh schema plus {@code HABITS_REDIS_URL}: what the handler reads. */
    public static Map<String, String> environment(Schema schema) {
        Map<String, String> env = new HashMap<>(schema.environment());
        env.put("HABITS_REDIS_URL", redisUrl());
        return env;
    }

    public static String redisUrl() {
        return TestRedis.url();
    }
}
