package org.habittracker.adapters.lambda.config;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

import org.habittracker.adapters.cache.CacheMetrics;
import org.habittracker.adapters.cache.CacheSettings;
import org.habittracker.adapters.cache.RedisCache;
import org.habittracker.adapters.lambda.auth.Password4jArgon2Hasher;
import org.habittracker.adapters.lambda.http.HttpApi;
import org.habittracker.adapters.lambda.observability.CacheCounters;
import org.habittracker.adapters.persistence.PersistenceSettings;
import org.habittracker.adapters.persistence.PostgresPersistence;
import org.habittracker.application.port.out.PasswordHasher;
import org.habittracker.application.service.ApplicationServices;
import org.habittracker.application.service.OutboundPorts;
import org.habittracker.application.service.UuidV7Generator;

/**
 * The composition root: from a checked configuration, builds the adapters (HikariCP/JDBI through
 * {@link PostgresPersistence}, Lettuce through {@link RedisCache}), the password hasher, the validator
 * and the use cases, and the {@link HttpApi} over them. Everything heavy happens here, once per
 * container. Redis connects in the background (requests go to the database until it is up), and no
 * classpath is scanned anywhere.
 */
public final class HabitsRuntime implements AutoCloseable {

    /** What may differ between Lambda, the local server and tests. */
    public record Options(boolean runMigrations, PasswordHasher passwordHasher, Clock clock) {
        public Options {
            Objects.requireNonNull(passwordHasher, "passwordHasher");
            Objects.requireNonNull(clock, "clock");
        }

        public static Options defaults() {
            return new Options(true, new Password4jArgon2Hasher(), Clock.systemUTC());
        }

        public Options withRunMigrations(boolean run) {
            return new Options(run, passwordHasher, clock);
        }

        public Options withPasswordHasher(PasswordHasher hasher) {
            return new Options(runMigrations, hasher, clock);
        }
    }

    private final PostgresPersistence persistence;
    private final RedisCache cache;
    private final HttpApi api;

    private HabitsRuntime(PostgresPersistence persistence, RedisCache cache, HttpApi api) {
        this.persistence = persistence;
        this.cache = cache;
        this.api = api;
    }

    /**
     * @param env the process environment: the secrets extension's port and token are read from it when
     *            {@code HABITS_DB_SECRET_ARN} is set
     */
    public static HabitsRuntime start(HabitsConfig config, Map<String, String> env, Options options) {
        DatabaseConnection connection = DatabaseConnection.resolve(config, () -> SecretsExtensionClient.fromEnvironment(env));
        PersistenceSettings settings = new PersistenceSettings(connection.jdbcUrl(), connection.username().orElse(null),
                connection.password().orElse(null), config.dbPoolSize(), PersistenceSettings.DEFAULT_CONNECTION_TIMEOUT,
                PersistenceSettings.DEFAULT_SOCKET_TIMEOUT, options.runMigrations());
        if (settings.runMigrations() && settings.maximumPoolSize() < 2) {
            // Flyway's migrate holds two connections at once (its lock and its work); a Lambda pool of one
            // would wait for itself until the connection timeout. Migrate through a short-lived pool of two.
            PostgresPersistence.start(settings.withMaximumPoolSize(2)).close();
            settings = settings.withRunMigrations(false);
        }
        PostgresPersistence persistence = PostgresPersistence.start(settings);
        RedisCache cache;
        try {
            cache = RedisCache.connect(CacheSettings.defaults(config.redisUrl()));
        } catch (RuntimeException e) {
            persistence.close();
            throw e;
        }
        Clock clock = options.clock();
        OutboundPorts ports = new OutboundPorts(persistence.users(), persistence.habits(), persistence.checkIns(),
                persistence.pauses(), persistence.milestones(), cache.sessionStore(persistence.sessions()),
                persistence.apiTokens(), persistence.loginAttempts(), options.passwordHasher(),
                persistence.transactions(), cache.readCache(), persistence.health(), clock, new UuidV7Generator(clock));
        ApplicationServices services = ApplicationServices.create(ports, Validators.create());
        HttpApi api = new HttpApi(UseCaseWiring.from(services), config.httpSettings(), clock);
        return new HabitsRuntime(persistence, cache, api);
    }

    public HttpApi api() {
        return api;
    }

    /** Hits, misses and failures of the read-model and session caches, for the request log's metrics. */
    public CacheCounters cacheCounters() {
        return () -> {
            CacheMetrics.Snapshot s = cache.metrics().snapshot();
            return new CacheCounters.Snapshot(s.readModelHits() + s.sessionHits(), s.readModelMisses() + s.sessionMisses(),
                    s.failures());
        };
    }

    /** SnapStart: no socket may be in the snapshot. */
    public void beforeCheckpoint() {
        persistence.evictConnections();
        cache.prepareForCheckpoint();
    }

    /** SnapStart: the pool reconnects on the next query by itself; Redis reconnects in the background. */
    public void afterRestore() {
        cache.afterRestore();
    }

    @Override
    public void close() {
        try {
            cache.close();
        } finally {
            persistence.close();
        }
    }
}
