package org.habittracker.adapters.lambda.config;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Validator;

import org.habittracker.adapters.cache.CacheMetrics;
import org.habittracker.adapters.cache.CacheSettings;
import org.habittracker.adapters.cache.RedisCache;
import org.habittracker.adapters.lambda.auth.Password4jArgon2Hasher;
import org.habittracker.adapters.lambda.http.HttpApi;
import org.habittracker.adapters.lambda.http.HttpRequest;
import org.habittracker.adapters.lambda.http.Problem;
import org.habittracker.adapters.lambda.observability.CacheCounters;
import org.habittracker.adapters.persistence.PersistenceSettings;
import org.habittracker.adapters.persistence.PostgresPersistence;
import org.habittracker.adapters.persistence.UuidV7Generator;
import org.habittracker.application.port.out.ComponentHealth;
import org.habittracker.application.port.out.DatabaseHealth;
import org.habittracker.application.port.out.PasswordHasher;
import org.habittracker.application.service.ApplicationServices;
import org.habittracker.application.service.OutboundPorts;

/**
 * The composition root: from a checked configuration, builds the adapters (HikariCP/JDBI through
 * {@link PostgresPersistence}, Lettuce through {@link RedisCache}), the password hasher, the validator
 * and the use cases, and the {@link HttpApi} over them. Everything heavy happens here, once per
 * container, except two things that would slow the first answer for nothing: Redis starts connecting only
 * after the first answer ({@link DeferredCache}; requests go to the database until it is up), and Flyway
 * runs only when the schema is behind this code ({@link SchemaCheck}). No classpath is scanned anywhere.
 */
public final class HabitsRuntime implements AutoCloseable {

    /** What may differ between Lambda, the local server, tests and the cold-start bench. */
    public record Options(Migrations migrations, boolean cacheAfterFirstAnswer, PasswordHasher passwordHasher,
            Clock clock) {

        /** When the schema is brought up to date. */
        public enum Migrations {
            /** Flyway when {@code flyway_schema_history} is behind this code's latest migration (the default). */
            WHEN_BEHIND,
            /** Flyway at every start, as before the schema check (for the bench's comparison). */
            ALWAYS,
            /** Never: the schema is someone else's business. */
            NEVER
        }

        public Options {
            Objects.requireNonNull(migrations, "migrations");
            Objects.requireNonNull(passwordHasher, "passwordHasher");
            Objects.requireNonNull(clock, "clock");
        }

        public static Options defaults() {
            return new Options(Migrations.WHEN_BEHIND, true, new Password4jArgon2Hasher(), Clock.systemUTC());
        }

        public boolean runMigrations() {
            return migrations != Migrations.NEVER;
        }

        public Options withRunMigrations(boolean run) {
            return withMigrations(run ? Migrations.WHEN_BEHIND : Migrations.NEVER);
        }

        public Options withMigrations(Migrations when) {
            return new Options(when, cacheAfterFirstAnswer, passwordHasher, clock);
        }

        /** False: Redis starts connecting at start, as before {@link DeferredCache} (for the bench's comparison). */
        public Options withCacheAfterFirstAnswer(boolean deferred) {
            return new Options(migrations, deferred, passwordHasher, clock);
        }

        public Options withPasswordHasher(PasswordHasher hasher) {
            return new Options(migrations, cacheAfterFirstAnswer, hasher, clock);
        }
    }

    /** HTTP methods a request may be sent again with, when its first try met a refused password. */
    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");

    private final PostgresPersistence persistence;
    private final DeferredCache cache;
    private final HttpApi api;
    private final Optional<SecretCredentials> credentials;
    private final Optional<SecretPasswordPlugin.Registration> registration;
    private final SchemaGate schema;

    private HabitsRuntime(PostgresPersistence persistence, DeferredCache cache, HttpApi api,
            Optional<SecretCredentials> credentials, Optional<SecretPasswordPlugin.Registration> registration,
            SchemaGate schema) {
        this.persistence = persistence;
        this.cache = cache;
        this.api = api;
        this.credentials = credentials;
        this.registration = registration;
        this.schema = schema;
    }

    /**
     * Builds everything from a checked configuration. With {@code HABITS_DB_SECRET_ARN} the password comes
     * from the secret when a connection is made ({@link SecretPasswordPlugin}), so nothing reads the secret
     * here (unless the URL or the user must come from it), and the migrations wait for the first request
     * ({@link SchemaGate}); otherwise they start here on a thread of their own while the rest is built, and the
     * first request waits for them. A migration that fails shows as a database that is down (503, with why in
     * {@code /health}), and the next request tries again.
     *
     * @param env the process environment: the secrets extension's port and token are read from it when
     *            {@code HABITS_DB_SECRET_ARN} is set
     */
    public static HabitsRuntime start(HabitsConfig config, Map<String, String> env, Options options) {
        DnsCache.apply(); // first, for callers that do not come through the handler class
        DatabaseConnection connection = DatabaseConnection.resolve(config, () -> SecretsExtensionClient.fromEnvironment(env));
        Optional<SecretCredentials> credentials = connection.secret();
        Optional<SecretPasswordPlugin.Registration> registration = credentials.map(SecretPasswordPlugin::register);
        try {
            String url = registration.map(r -> r.apply(connection.jdbcUrl())).orElse(connection.jdbcUrl());
            PersistenceSettings settings = new PersistenceSettings(url, connection.username().orElse(null),
                    connection.password().orElse(null), config.dbPoolSize(),
                    PersistenceSettings.DEFAULT_CONNECTION_TIMEOUT, PersistenceSettings.DEFAULT_SOCKET_TIMEOUT, false);
            boolean always = options.migrations() == Options.Migrations.ALWAYS;
            Runnable migrate = () -> refreshingOnRefusal(credentials, () -> migrate(settings, always));
            SchemaGate schema = SchemaGate.open();
            if (options.runMigrations() && credentials.isPresent()) {
                schema = SchemaGate.beforeFirstRequest(migrate);
            } else if (options.runMigrations()) {
                schema = SchemaGate.inBackground(migrate);
            }
            return wire(config, options, settings, credentials, registration, schema);
        } catch (RuntimeException | Error e) {
            registration.ifPresent(SecretPasswordPlugin.Registration::close);
            throw e;
        }
    }

    private static HabitsRuntime wire(HabitsConfig config, Options options, PersistenceSettings settings,
            Optional<SecretCredentials> credentials, Optional<SecretPasswordPlugin.Registration> registration,
            SchemaGate schema) {
        PostgresPersistence persistence = PostgresPersistence.start(settings);
        if (schema.startsAtInit()) {
            // Not when the password is a secret: nothing may read it at init (the first request migrates).
            DatabaseWarmUp.start(persistence, schema);
        }
        DeferredCache cache;
        try {
            cache = DeferredCache.of(CacheSettings.defaults(config.redisUrl()), persistence.sessions());
            if (!options.cacheAfterFirstAnswer()) {
                cache.start();
            }
        } catch (RuntimeException e) {
            persistence.close();
            throw e;
        }
        DatabaseHealth health = () -> schema.ensureReady()
                .map(why -> ComponentHealth.down("the schema is not migrated yet: " + describe(why), 0))
                .orElseGet(() -> probeRefreshingOnDown(persistence, credentials));
        Clock clock = options.clock();
        OutboundPorts ports = new OutboundPorts(persistence.users(), persistence.habits(), persistence.checkIns(),
                persistence.pauses(), persistence.milestones(), cache.sessionStore(),
                persistence.apiTokens(), persistence.loginAttempts(), options.passwordHasher(),
                persistence.transactions(), cache.readCache(), health, clock, new UuidV7Generator(clock));
        Validator validator = Validators.lazy();
        ApplicationServices services = ApplicationServices.create(ports, validator);
        HttpApi api = new HttpApi(UseCaseWiring.from(services, validator), config.httpSettings(), clock);
        return new HabitsRuntime(persistence, cache, api, credentials, registration, schema);
    }

    /**
     * The database's health; when it is down and the password is a secret, the secret is read again and the
     * probe tried once more, as a request would be (the health probe reports a refusal rather than throwing it).
     */
    private static ComponentHealth probeRefreshingOnDown(PostgresPersistence persistence,
            Optional<SecretCredentials> credentials) {
        ComponentHealth health = persistence.health().probe();
        if (health.status() != ComponentHealth.Status.DOWN || credentials.isEmpty()) {
            return health;
        }
        try {
            credentials.get().refresh();
        } catch (RuntimeException e) {
            return health;
        }
        return persistence.health().probe();
    }

    /**
     * Flyway, unless the schema is already at this code's latest migration ({@link SchemaCheck}: one query
     * instead of Flyway's start-up, which is most of what migrating costs a cold start when nothing is new).
     */
    private static void migrate(PersistenceSettings settings, boolean always) {
        if (always || !SchemaCheck.current(settings, HabitsRuntime.class.getClassLoader())) {
            PostgresPersistence.start(settings.withRunMigrations(true)).close();
        }
    }

    /** Runs {@code work}; if the database refused the secret's password, reads the secret again and runs it once more. */
    private static void refreshingOnRefusal(Optional<SecretCredentials> credentials, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            if (credentials.isEmpty() || !AuthenticationFailures.in(e)) {
                throw e;
            }
            credentials.get().refresh();
            work.run();
        }
    }

    /**
     * Handles one request: first makes sure the schema is migrated (when that waits for the first request),
     * then runs it. When the database refused the secret's password (it was rotated), reads the secret again
     * and, for a method that may safely be repeated, runs the request once more; a POST or PATCH is not
     * repeated (part of it may have been written), its client sees the failure and the next request works.
     */
    public HttpApi.Exchange handle(HttpRequest request) {
        if (!isHealth(request)) {
            Optional<RuntimeException> notReady = schema.ensureReady();
            if (notReady.isPresent()) {
                return new HttpApi.Exchange(HttpApi.problem(Problem.unavailable(
                        "The database is not ready yet; try again in a moment."), request.requestId()),
                        "unavailable", Optional.empty(), notReady.map(Throwable.class::cast));
            }
        }
        HttpApi.Exchange exchange = api.handle(request);
        if (credentials.isPresent() && exchange.failure().filter(AuthenticationFailures::in).isPresent()) {
            try {
                credentials.get().refresh();
            } catch (RuntimeException e) {
                return exchange; // the secret cannot be read either: the first answer stands
            }
            if (IDEMPOTENT.contains(request.method())) {
                exchange = api.handle(request);
            }
        }
        return exchange;
    }

    /** Health answers for itself: its database probe reports a schema that is not ready. */
    private static boolean isHealth(HttpRequest request) {
        return request.path().equals("/health") || request.path().equals("/health/");
    }

    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    public HttpApi api() {
        return api;
    }

    /** Hits, misses and failures of the read-model and session caches, for the request log's metrics. */
    public CacheCounters cacheCounters() {
        return () -> cache.metrics().map(metrics -> {
            CacheMetrics.Snapshot s = metrics.snapshot();
            return new CacheCounters.Snapshot(s.readModelHits() + s.sessionHits(), s.readModelMisses() + s.sessionMisses(),
                    s.failures());
        }).orElseGet(CacheCounters.NONE::snapshot);
    }

    /**
     * After an answer has been made: starts the Redis cache if it is not started yet, so that building the
     * Lettuce client never delays a cold start's first answer ({@link DeferredCache}). Cheap afterwards.
     */
    public void afterAnswer() {
        cache.start();
    }

    /** Whether Redis has been started (for tests of the start-up order). */
    public boolean cacheStarted() {
        return cache.isStarted();
    }

    /**
     * Waits until the schema is up to date (a migration started at start, or one that waits for the first
     * request, runs now) and returns why not if it cannot be: for a caller that wants to fail at start, as a
     * server on a laptop may, rather than answer 503.
     */
    public Optional<RuntimeException> awaitSchema() {
        return schema.ensureReady();
    }

    /** The database secret, when the password comes from one (for tests and SnapStart). */
    public Optional<SecretCredentials> credentials() {
        return credentials;
    }

    /** SnapStart: no socket, and no copy of the database password, may be in the snapshot. */
    public void beforeCheckpoint() {
        persistence.evictConnections();
        cache.prepareForCheckpoint();
        credentials.ifPresent(SecretCredentials::forget);
    }

    /**
     * SnapStart: the pool reconnects on the next query by itself, reading the secret as it is now; Redis
     * reconnects in the background.
     */
    public void afterRestore() {
        credentials.ifPresent(SecretCredentials::forget);
        cache.afterRestore();
    }

    @Override
    public void close() {
        try {
            cache.close();
        } finally {
            try {
                persistence.close();
            } finally {
                registration.ifPresent(SecretPasswordPlugin.Registration::close);
            }
        }
    }
}
