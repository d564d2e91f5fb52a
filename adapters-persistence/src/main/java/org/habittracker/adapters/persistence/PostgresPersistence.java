package org.habittracker.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.habittracker.adapters.persistence.secret.SecretCredentials;
import org.habittracker.adapters.persistence.startup.DatabaseWarmUp;
import org.habittracker.adapters.persistence.startup.SchemaCheck;
import org.habittracker.adapters.persistence.startup.SchemaGate;
import org.habittracker.adapters.persistence.startup.SchemaMigration;
import org.habittracker.application.port.out.ApiTokenRepository;
import org.habittracker.application.port.out.CheckInRepository;
import org.habittracker.application.port.out.DatabaseHealth;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.LoginAttemptStore;
import org.habittracker.application.port.out.MilestoneRepository;
import org.habittracker.application.port.out.PauseRepository;
import org.habittracker.application.port.out.ProgressCheckpointRepository;
import org.habittracker.application.port.out.PushSubscriptionRepository;
import org.habittracker.application.port.out.ReminderRepository;
import org.habittracker.application.port.out.ReminderSends;
import org.habittracker.application.port.out.SessionStore;
import org.habittracker.application.port.out.Transactions;
import org.habittracker.application.port.out.UserRepository;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.TemplateEngine;

/**
 * The persistence adapter, whole: a connection pool, the schema brought up to date, and every outbound
 * port the database serves. The composition root makes one at start and closes it at shutdown. Every port
 * reports a database that does not answer as {@link org.habittracker.application.port.out.DatabaseUnavailableException}
 * (at once while it is known to be down), is used again as soon as the database answers, and survives a restart
 * between two calls without a failed call ({@link OutageGuard}). With a secret, a password the database refuses
 * is read again and the connection made with the new one ({@link DriverConnections}); a schema migrated after the
 * start is waited for by every port call ({@link SchemaGate}).
 *
 * <pre>{@code
 * PostgresPersistence db = PostgresPersistence.start(PersistenceSettings.of(url, user, password));
 * new SomeService(db.habits(), db.checkIns(), db.transactions());
 * }</pre>
 */
public final class PostgresPersistence implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final JdbiBuild jdbi;
    private final UserRepository users;
    private final HabitRepository habits;
    private final CheckInRepository checkIns;
    private final PauseRepository pauses;
    private final MilestoneRepository milestones;
    private final ProgressCheckpointRepository checkpoints;
    private final ReminderRepository reminders;
    private final ReminderSends reminderSends;
    private final PushSubscriptionRepository pushSubscriptions;
    private final SessionStore sessions;
    private final ApiTokenRepository apiTokens;
    private final LoginAttemptStore loginAttempts;
    private final Transactions transactions;
    private final DatabaseHealth health;
    private final SchemaGate schema;
    private final Optional<SecretCredentials> secret;

    /** JDBI and the outage guard, made before the pool they use (so that JDBI's build may start first: open). */
    private record Client(PoolBinding pool, OutageGuard outages, JdbiBuild jdbi) {

        static Client beforeThePool() {
            PoolBinding pool = new PoolBinding();
            OutageGuard outages = new OutageGuard(() -> evictConnections(pool.pool()),
                    probe(pool::outside));
            // No plugin: JDBI's core binds what the ports bind (UUIDs and java.time values with setObject, uuid[]
            // arrays) and the row mappers read with the driver's getters. PostgresPlugin would register some twenty
            // factories at start (geometry, hstore, large objects...) and its types on every handle's connection,
            // for types no port uses.
            // The SQL is no template (nothing is defined into it) and its parameters are read without JDBI's ANTLR
            // lexers, which the first statement would otherwise load and build: see NamedParameterParser.
            // Built once, by a thread of its own from the start (open) or else by the first port call: JdbiBuild.
            JdbiBuild jdbi = new JdbiBuild(() -> Jdbi.create(pool)
                    .setTemplateEngine(TemplateEngine.NOP)
                    .setSqlParser(new NamedParameterParser())
                    .setSqlLogger(outages.statementCounter()));
            return new Client(pool, outages, jdbi);
        }
    }

    /** The pool JDBI's connections come from, bound once it is made; no port call comes before (nor any probe). */
    private static final class PoolBinding implements ConnectionFactory {
        private volatile HikariDataSource pool;
        private volatile DriverConnections outside;

        HikariDataSource bind(HikariDataSource made) {
            this.outside = ConnectionPool.outside(made);
            this.pool = made;
            return made;
        }

        HikariDataSource pool() {
            return Objects.requireNonNull(pool, "the pool is bound before the ports are handed out");
        }

        /** Connections made outside the pool as its own are made (the outage probe's). */
        DriverConnections outside() {
            return Objects.requireNonNull(outside, "the pool is bound before the ports are handed out");
        }

        @Override
        public Connection openConnection() throws SQLException {
            return pool().getConnection();
        }
    }

    private PostgresPersistence(Client client, SchemaGate schema, Optional<SecretCredentials> secret) {
        this.dataSource = client.pool().pool();
        this.schema = schema;
        this.secret = secret;
        this.jdbi = client.jdbi();
        GuardedJdbi guarded = new GuardedJdbi(jdbi, client.outages(), schema);
        this.users = new JdbiUserRepository(guarded);
        this.habits = new JdbiHabitRepository(guarded);
        this.checkIns = new JdbiCheckInRepository(guarded);
        this.pauses = new JdbiPauseRepository(guarded);
        this.milestones = new JdbiMilestoneRepository(guarded);
        this.checkpoints = new JdbiProgressCheckpointRepository(guarded);
        this.reminders = new JdbiReminderRepository(guarded);
        this.reminderSends = new JdbiReminderSends(guarded);
        this.pushSubscriptions = new JdbiPushSubscriptionRepository(guarded);
        this.sessions = new JdbiSessionStore(guarded);
        this.apiTokens = new JdbiApiTokenRepository(guarded);
        this.loginAttempts = new JdbiLoginAttemptStore(guarded);
        this.transactions = new JdbiTransactions(guarded);
        this.health = new JdbiDatabaseHealth(guarded);
    }

    /**
     * How {@link OutageGuard} tries a database it knows to be down: one connection outside the pool, as the pool
     * makes them, waiting at most a second for the connect (a URL that sets {@code connectTimeout} keeps its own).
     */
    private static OutageGuard.Probe probe(Supplier<DriverConnections> connections) {
        return () -> {
            try (Connection connection = connections.get().connect(Map.of("connectTimeout", "1"))) {
                // Connected: the database answers.
            }
        };
    }

    /**
     * Opens the pool (lazily: no connection is made here unless migrations run) and, when the settings
     * say so, applies the pending migrations after validating the applied ones.
     *
     * @throws org.flywaydb.core.api.FlywayException when the database cannot be migrated or its applied
     *         migrations do not match this code's; nothing is left open then
     */
    public static PostgresPersistence start(PersistenceSettings settings) {
        Client client = Client.beforeThePool();
        HikariDataSource dataSource = client.pool().bind(ConnectionPool.open(settings));
        try {
            if (settings.runMigrations()) {
                migrate(settings, dataSource, Optional.empty());
            }
            return new PostgresPersistence(client, SchemaGate.open(), Optional.empty());
        } catch (RuntimeException | Error e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * As a server or a Lambda starts: opens the pool (without connecting) and returns at once; the schema is
     * brought up to date as {@code migration} says, out of the start's way.
     *
     * <ul>
     * <li>JDBI is built now on a thread of its own, before the pool is made, while the caller builds the rest
     * ({@link JdbiBuild}); the first port call waits for it.</li>
     * <li>With a fixed password, the migration starts now on a thread of its own too (its check on the pool's first
     * connection, which the first request then finds open), and a warm-up query follows it ({@link DatabaseWarmUp});
     * the first port call waits for them.</li>
     * <li>With a secret, nothing may read it at start (in Lambda the extension serves invocations, and a SnapStart
     * snapshot must not hold the password): the first port call migrates.</li>
     * </ul>
     * Flyway runs only when the schema is behind this code ({@link SchemaCheck}: one query instead of Flyway's
     * start-up) unless {@code migration} says always. A migration that fails makes every port call report the
     * database unavailable (503, with why in the health probe), and the next call tries again.
     *
     * @param settings taken as they are, except {@link PersistenceSettings#runMigrations()}: {@code migration} says
     */
    public static PostgresPersistence open(PersistenceSettings settings, Optional<SecretCredentials> secret,
            SchemaMigration migration) {
        // JDBI first, on a thread of its own: its build needs no pool (nor database), and takes longer than the rest
        // of the start, the pool's included.
        Client client = Client.beforeThePool();
        JdbiBuild.inBackground(client.jdbi());
        HikariDataSource dataSource = client.pool().bind(ConnectionPool.open(settings, secret));
        try {
            Runnable migrate = () -> {
                if (migration == SchemaMigration.ALWAYS
                        || !SchemaCheck.current(dataSource::getConnection, PostgresPersistence.class.getClassLoader())) {
                    migrate(settings, dataSource, secret);
                }
            };
            SchemaGate schema = migration == SchemaMigration.NEVER ? SchemaGate.open()
                    : secret.isPresent() ? SchemaGate.beforeFirstCall(migrate) : SchemaGate.inBackground(migrate);
            PostgresPersistence persistence = new PostgresPersistence(client, schema, secret);
            if (secret.isEmpty()) {
                DatabaseWarmUp.start(persistence.health, schema);
            }
            return persistence;
        } catch (RuntimeException | Error e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * Flyway holds two connections at once while it migrates (one for its lock, one for the work), so a pool
     * of one (as in Lambda) would wait for itself until the connection timeout. Such a pool migrates through
     * a short-lived pool of two instead; a larger one migrates through itself and keeps its connections warm.
     */
    private static void migrate(PersistenceSettings settings, HikariDataSource pool,
            Optional<SecretCredentials> secret) {
        if (settings.maximumPoolSize() >= Migrations.CONNECTIONS_NEEDED) {
            Migrations.migrate(pool, settings.schema());
            return;
        }
        try (HikariDataSource migrationPool =
                ConnectionPool.open(settings.withMaximumPoolSize(Migrations.CONNECTIONS_NEEDED), secret)) {
            Migrations.migrate(migrationPool, settings.schema());
        }
    }

    public UserRepository users() {
        return users;
    }

    public HabitRepository habits() {
        return habits;
    }

    public CheckInRepository checkIns() {
        return checkIns;
    }

    public PauseRepository pauses() {
        return pauses;
    }

    public MilestoneRepository milestones() {
        return milestones;
    }

    public ProgressCheckpointRepository checkpoints() {
        return checkpoints;
    }

    public ReminderRepository reminders() {
        return reminders;
    }

    public ReminderSends reminderSends() {
        return reminderSends;
    }

    public PushSubscriptionRepository pushSubscriptions() {
        return pushSubscriptions;
    }

    public SessionStore sessions() {
        return sessions;
    }

    public ApiTokenRepository apiTokens() {
        return apiTokens;
    }

    public LoginAttemptStore loginAttempts() {
        return loginAttempts;
    }

    public Transactions transactions() {
        return transactions;
    }

    public DatabaseHealth health() {
        return health;
    }

    /**
     * Closes the pool's connections as soon as they are idle (at once for idle ones) without closing the
     * pool: before a SnapStart checkpoint, so that no snapshot holds a socket; the next query reconnects.
     */
    public void evictConnections() {
        evictConnections(dataSource);
    }

    private static void evictConnections(HikariDataSource dataSource) {
        HikariPoolMXBean pool = dataSource.getHikariPoolMXBean();
        if (pool != null) {
            pool.softEvictConnections();
        }
    }

    /** Connections the pool holds now, in use or idle (for tests of a SnapStart checkpoint). */
    public int openConnections() {
        HikariPoolMXBean pool = dataSource.getHikariPoolMXBean();
        return pool == null ? 0 : pool.getTotalConnections();
    }

    /**
     * Waits until the schema is up to date (a migration started at start, or one that waits for the first call,
     * runs now) and returns why not if it cannot be: for a caller that wants to fail at start, as a server on a
     * laptop may, rather than answer 503.
     */
    public Optional<RuntimeException> awaitSchema() {
        return schema.ensureReady();
    }

    /** The database secret, when the password comes from one (for tests of when it is read). */
    public Optional<SecretCredentials> secret() {
        return secret;
    }

    /** SnapStart: no socket, and no copy of the database password, may be in the snapshot. */
    public void prepareForCheckpoint() {
        evictConnections();
        secret.ifPresent(SecretCredentials::forget);
    }

    /** SnapStart: the pool reconnects on the next query by itself, reading the secret as it is now. */
    public void afterRestore() {
        secret.ifPresent(SecretCredentials::forget);
    }

    /** The pool, for tests and tools in this package. */
    DataSource dataSource() {
        return dataSource;
    }

    HikariDataSource pool() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
