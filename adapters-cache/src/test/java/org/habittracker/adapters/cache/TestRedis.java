package org.habittracker.adapters.cache;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.habittracker.application.port.out.ComponentHealth;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The Redis the tests share, found as ARCHITECTURE.md §7 says: {@code HABITS_TEST_REDIS_URL} (CI points it at the
 * machine's Redis); else a Testcontainers Redis when a Docker engine answers; else a redis-server started from
 * the embedded-redis artifact (or the machine's binary) on a free port. Tests use database {@value #DATABASE}
 * of it, and random owners and token hashes, so they never see each other's keys or anyone else's.
 *
 * <p>Public, and published in this module's test-jar, so that the outer modules' integration tests find Redis
 * the same way: {@code HABITS_REDIS_URL = TestRedis.url()}.
 */
public final class TestRedis {
    static final int DATABASE = 11;

    private static String baseUrl;

    private TestRedis() {
    }

    /** The shared Redis, in the tests' own database: a {@code redis://} URL for {@code HABITS_REDIS_URL}. */
    public static synchronized String url() {
        if (baseUrl == null) {
            baseUrl = discover();
        }
        URI uri = URI.create(baseUrl);
        boolean namesDatabase = uri.getPath() != null && uri.getPath().matches("/\\d+");
        return namesDatabase ? baseUrl : baseUrl.replaceFirst("/$", "") + "/" + DATABASE;
    }

    /** A cache on the shared Redis, connected (its health UP) before it is returned. */
    static RedisCache connectedCache() {
        return awaitUp(RedisCache.connect(CacheSettings.defaults(Optional.of(url()))));
    }

    static RedisCache awaitUp(RedisCache cache) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        ComponentHealth health = cache.health();
        while (health.status() != ComponentHealth.Status.HEALTHY && System.nanoTime() < deadline) {
            RedisProcess.sleep(Duration.ofMillis(50));
            health = cache.health();
        }
        if (health.status() != ComponentHealth.Status.HEALTHY) {
            throw new IllegalStateException("the cache did not connect: " + health.message());
        }
        return cache;
    }

    /** A plain client to look at what the adapter wrote, or to break it on purpose. */
    static Inspector inspector(String url) {
        RedisClient client = RedisClient.create(url);
        return new Inspector(client, client.connect());
    }

    record Inspector(RedisClient client, StatefulRedisConnection<String, String> connection) implements AutoCloseable {
        RedisCommands<String, String> redis() {
            return connection.sync();
        }

        @Override
        public void close() {
            connection.close();
            client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
        }
    }

    private static String discover() {
        String explicit = System.getenv("HABITS_TEST_REDIS_URL");
        if (explicit != null && !explicit.isBlank()) {
            return explicit.strip();
        }
        if (dockerAnswers()) {
            GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse("redis:7-alpine"))
                    .withExposedPorts(6379);
            container.start();
            return "redis://" + container.getHost() + ":" + container.getMappedPort(6379);
        }
        try {
            RedisProcess embedded = RedisProcess.start();
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
            return embedded.url();
        } catch (IOException e) {
            throw new UncheckedIOException("no HABITS_TEST_REDIS_URL, no Docker, and the embedded Redis did not start", e);
        }
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
