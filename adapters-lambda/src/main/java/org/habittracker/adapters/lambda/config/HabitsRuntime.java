package org.habittracker.adapters.lambda.config;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.Validator;

import org.habittracker.adapters.cache.CacheMetrics;
import org.habittracker.adapters.cache.CacheSettings;
import org.habittracker.adapters.cache.DeferredCache;
import org.habittracker.adapters.lambda.endpoints.Endpoints;
import org.habittracker.adapters.lambda.http.ApiUseCases;
import org.habittracker.adapters.lambda.http.HttpApi;
import org.habittracker.adapters.lambda.http.HttpSettings;
import org.habittracker.adapters.lambda.observability.CacheCounters;
import org.habittracker.adapters.lambda.password.Password4jArgon2Hasher;
import org.habittracker.adapters.persistence.PostgresPersistence;
import org.habittracker.adapters.persistence.secret.DatabaseConnection;
import org.habittracker.adapters.persistence.secret.SecretCredentials;
import org.habittracker.adapters.persistence.secret.SecretUnavailableException;
import org.habittracker.adapters.persistence.secret.SecretsExtensionClient;
import org.habittracker.adapters.persistence.startup.SchemaMigration;
import org.habittracker.adapters.persistence.UuidV7Generator;
import org.habittracker.application.port.in.auth.Principal;
import org.habittracker.application.port.in.auth.ResolvePrincipalUseCase;
import org.habittracker.application.port.out.ComponentHealth;
import org.habittracker.application.port.out.DatabaseHealth;
import org.habittracker.application.port.in.reminder.SendDueRemindersUseCase;
import org.habittracker.application.port.out.PasswordHasher;
import org.habittracker.application.port.out.PushDelivery;
import org.habittracker.application.service.ApplicationServices;
import org.habittracker.application.service.OutboundPorts;

/**
 * The composition root: from a checked configuration, builds the adapters (the persistence adapter, which
 * owns the schema's migration and the database secret; the cache adapter, which starts Redis after the first
 * answer), the password hasher, the validator and the use cases, and the {@link HttpApi} over them. It only
 * wires: no request passes through it. No classpath is scanned anywhere.
 */
public final class HabitsRuntime implements AutoCloseable {

    /**
     * What may differ between Lambda, the local server, tests and the cold-start bench.
     *
     * @param push how reminders are pushed; empty is "push not configured" (the public-key route answers 503 and
     *             the scheduler sends nothing). The one place a {@link PushDelivery} enters the wiring.
     */
    public record Options(SchemaMigration migrations, boolean cacheAfterFirstAnswer, PasswordHasher passwordHasher,
            Clock clock, Optional<PushDelivery> push) {

        public Options {
            Objects.requireNonNull(migrations, "migrations");
            Objects.requireNonNull(passwordHasher, "passwordHasher");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(push, "push");
        }

        public static Options defaults() {
            return new Options(SchemaMigration.WHEN_BEHIND, true, new Password4jArgon2Hasher(), Clock.systemUTC(),
                    Optional.empty());
        }

        public Options withMigrations(SchemaMigration when) {
            return new Options(when, cacheAfterFirstAnswer, passwordHasher, clock, push);
        }

        /** False: Redis starts connecting at start, as before {@link DeferredCache} (for the bench's comparison). */
        public Options withCacheAfterFirstAnswer(boolean deferred) {
            return new Options(migrations, deferred, passwordHasher, clock, push);
        }

        public Options withPasswordHasher(PasswordHasher hasher) {
            return new Options(migrations, cacheAfterFirstAnswer, hasher, clock, push);
        }

        /** Reminders pushed through {@code delivery} (the Web Push adapter; a recording fake in tests). */
        public Options withPush(PushDelivery delivery) {
            return new Options(migrations, cacheAfterFirstAnswer, passwordHasher, clock, Optional.of(delivery));
        }

        public Options withClock(Clock newClock) {
            return new Options(migrations, cacheAfterFirstAnswer, passwordHasher, newClock, push);
        }
    }

    private final PostgresPersistence persistence;
    private final DeferredCache cache;
    private final HttpApi api;
    private final ApiUseCases useCases;
    private final HttpSettings settings;
    private final Clock clock;
    private final SendDueRemindersUseCase reminderSender;
    private final Optional<PushDelivery> pushDelivery;

    private HabitsRuntime(PostgresPersistence persistence, DeferredCache cache, ApiUseCases useCases,
            HttpSettings settings, Clock clock, SendDueRemindersUseCase reminderSender,
            Optional<PushDelivery> pushDelivery) {
        this.persistence = persistence;
        this.reminderSender = reminderSender;
        this.pushDelivery = pushDelivery;
        this.cache = cache;
        this.useCases = useCases;
        this.settings = settings;
        this.clock = clock;
        this.api = Endpoints.httpApi(useCases, settings, clock);
    }

    /**
     * Builds everything from a checked configuration.
     *
     * @param env the process environment: the secrets extension's port and token are read from it when
     *            {@code HABITS_DB_SECRET_ARN} is set
     */
    public static HabitsRuntime start(HabitsConfig config, Map<String, String> env, Options options) {
        DnsCache.apply(); // first, for callers that do not come through the handler class
        DatabaseConnection connection = databaseConnection(config, env);
        PostgresPersistence persistence = PostgresPersistence.open(connection.settings(config.dbPoolSize()),
                connection.secret(), options.migrations());
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
        Clock clock = options.clock();
        // A delivery given by the caller (a test's recording fake) wins over the configured Web Push; no lambda
        // here, so that a start without push links nothing of it.
        Optional<PushDelivery> push = options.push();
        if (push.isEmpty() && config.push().isPresent()) {
            push = PushWiring.delivery(config.push().get(), config.pushToPrivateEndpoints(), env, clock);
        }
        OutboundPorts ports = new OutboundPorts(persistence.users(), persistence.habits(), persistence.checkIns(),
                persistence.pauses(), persistence.milestones(), persistence.checkpoints(), persistence.reminders(),
                persistence.reminderSends(), persistence.pushSubscriptions(), push, cache.sessionStore(),
                persistence.apiTokens(), persistence.loginAttempts(), options.passwordHasher(),
                persistence.transactions(), cache.readCache(), persistence.health(), clock, new UuidV7Generator(clock));
        Validator validator = Validators.lazy();
        ApplicationServices services = ApplicationServices.create(ports, validator);
        return new HabitsRuntime(persistence, cache, UseCaseWiring.from(services, validator), config.httpSettings(),
                clock, services.sendDueReminders(), push);
    }

    /** A fixed password, or the secret's: a secret that must be read at start and cannot be is a bad configuration. */
    private static DatabaseConnection databaseConnection(HabitsConfig config, Map<String, String> env) {
        if (config.dbSecretArn().isEmpty()) {
            return DatabaseConnection.fixed(config.dbUrl().orElseThrow(), config.dbUser(), config.dbPassword());
        }
        try {
            return DatabaseConnection.fromSecret(config.dbUrl(), config.dbUser(), config.dbSecretArn().get(),
                    () -> SecretsExtensionClient.fromEnvironment(env));
        } catch (SecretUnavailableException e) {
            throw new ConfigurationException(List.of(HabitsConfig.DB_SECRET_ARN + ": " + e.getMessage()));
        }
    }

    public HttpApi api() {
        return api;
    }

    /** What the reminder scheduler runs every minute: {@link org.habittracker.adapters.lambda.ReminderTickHandler}, the local server. */
    public SendDueRemindersUseCase reminderSender() {
        return reminderSender;
    }

    public Clock clock() {
        return clock;
    }

    /** Web Push, or empty when no VAPID keys are configured (the public-key route answers 503, nothing is sent). */
    public Optional<PushDelivery> pushDelivery() {
        return pushDelivery;
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
     * After an answer has been made: starts the Redis cache on a thread of its own if it is not started yet, so
     * that building the Lettuce client never delays a cold start's first answer, not even by the time the
     * handler takes to return it ({@link DeferredCache#startInBackground}). Cheap afterwards.
     */
    public void afterAnswer() {
        cache.startInBackground();
    }

    /** Whether Redis has been started (for tests of the start-up order). */
    public boolean cacheStarted() {
        return cache.isStarted();
    }

    /** Waits for the schema; why it cannot be made ready, if so ({@link PostgresPersistence#awaitSchema}). */
    public Optional<RuntimeException> awaitSchema() {
        return persistence.awaitSchema();
    }

    /**
     * The same API, where every credential-carrying route is the given principal's: for SnapStart's priming only,
     * which runs a signed-in path without a session (whose look-up would extend it: a write). No event reaches it.
     */
    public HttpApi primingApi(Principal principal) {
        ResolvePrincipalUseCase anyone = new ResolvePrincipalUseCase() {
            @Override
            public Optional<Principal> bySessionToken(String sessionToken) {
                return Optional.of(principal);
            }

            @Override
            public Optional<Principal> byApiToken(String apiToken) {
                return Optional.of(principal);
            }
        };
        return Endpoints.httpApi(useCases.withPrincipals(anyone), settings, clock);
    }

    /**
     * Whether the database may be reached before a SnapStart restore: only with a fixed password. A secret is
     * read on the first connection, and a version's init has no credentials for the extension (nor may the
     * snapshot hold the password).
     */
    public boolean databaseBeforeRestore() {
        return persistence.secret().isEmpty();
    }

    /** Connections the pool holds now, in use or idle (for tests of the checkpoint). */
    public int openConnections() {
        return persistence.openConnections();
    }

    /** The database secret, when the password comes from one (for tests and SnapStart). */
    public Optional<SecretCredentials> credentials() {
        return persistence.secret();
    }

    /** SnapStart: no socket, and no copy of the database password, may be in the snapshot. */
    public void beforeCheckpoint() {
        persistence.prepareForCheckpoint();
        cache.prepareForCheckpoint();
    }

    /** SnapStart: the pool reconnects on the next query by itself; Redis reconnects in the background. */
    public void afterRestore() {
        persistence.afterRestore();
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
