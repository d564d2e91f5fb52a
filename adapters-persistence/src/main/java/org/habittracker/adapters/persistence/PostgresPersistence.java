package org.habittracker.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.habittracker.application.port.out.ApiTokenRepository;
import org.habittracker.application.port.out.CheckInRepository;
import org.habittracker.application.port.out.DatabaseHealth;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.LoginAttemptStore;
import org.habittracker.application.port.out.MilestoneRepository;
import org.habittracker.application.port.out.PauseRepository;
import org.habittracker.application.port.out.SessionStore;
import org.habittracker.application.port.out.Transactions;
import org.habittracker.application.port.out.UserRepository;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.postgresql.Driver;

/**
 * The persistence adapter, whole: a connection pool, the schema brought up to date, and every outbound
 * port the database serves. The composition root makes one at start and closes it at shutdown. Every port
 * reports a database that does not answer as {@link org.habittracker.application.port.out.DatabaseUnavailableException}
 * (at once while it is known to be down), is used again as soon as the database answers, and survives a restart
 * between two calls without a failed call ({@link OutageGuard}).
 *
 * <pre>{@code
 * PostgresPersistence db = PostgresPersistence.start(PersistenceSettings.of(url, user, password));
 * new SomeService(db.habits(), db.checkIns(), db.transactions());
 * }</pre>
 */
public final class PostgresPersistence implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final UserRepository users;
    private final HabitRepository habits;
    private final CheckInRepository checkIns;
    private final PauseRepository pauses;
    private final MilestoneRepository milestones;
    private final SessionStore sessions;
    private final ApiTokenRepository apiTokens;
    private final LoginAttemptStore loginAttempts;
    private final Transactions transactions;
    private final DatabaseHealth health;

    private PostgresPersistence(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        OutageGuard outages = new OutageGuard(this::evictConnections, directConnection(dataSource));
        // No plugin: JDBI's core binds what the ports bind (UUIDs and java.time values with setObject, uuid[]
        // arrays) and the row mappers read with the driver's getters. PostgresPlugin would register some twenty
        // factories at start (geometry, hstore, large objects...) and its types on every handle's connection,
        // for types no port uses.
        // The SQL is no template (nothing is defined into it) and its parameters are read without JDBI's ANTLR
        // lexers, which the first statement would otherwise load and build: see NamedParameterParser.
        this.jdbi = Jdbi.create(dataSource)
                .setTemplateEngine(TemplateEngine.NOP)
                .setSqlParser(new NamedParameterParser())
                .setSqlLogger(outages.statementCounter());
        GuardedJdbi guarded = new GuardedJdbi(jdbi, outages);
        this.users = new JdbiUserRepository(guarded);
        this.habits = new JdbiHabitRepository(guarded);
        this.checkIns = new JdbiCheckInRepository(guarded);
        this.pauses = new JdbiPauseRepository(guarded);
        this.milestones = new JdbiMilestoneRepository(guarded);
        this.sessions = new JdbiSessionStore(guarded);
        this.apiTokens = new JdbiApiTokenRepository(guarded);
        this.loginAttempts = new JdbiLoginAttemptStore(guarded);
        this.transactions = new JdbiTransactions(guarded);
        this.health = new JdbiDatabaseHealth(guarded);
    }

    /**
     * How {@link OutageGuard} tries a database it knows to be down: one connection outside the pool, with the
     * pool's URL, user, password and driver properties, waiting at most a second for the connect (a URL that
     * sets {@code connectTimeout} keeps its own).
     */
    private static OutageGuard.Probe directConnection(HikariDataSource pool) {
        Properties properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("connectTimeout", "1");
        Driver driver = new Driver();
        return () -> {
            try (Connection connection = driver.connect(pool.getJdbcUrl(), properties)) {
                if (connection == null) {
                    throw new SQLException("not a PostgreSQL URL: the driver declined it");
                }
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
        HikariDataSource dataSource = ConnectionPool.open(settings);
        try {
            if (settings.runMigrations()) {
                migrate(settings, dataSource);
            }
            return new PostgresPersistence(dataSource);
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
    private static void migrate(PersistenceSettings settings, HikariDataSource pool) {
        if (settings.maximumPoolSize() >= Migrations.CONNECTIONS_NEEDED) {
            Migrations.migrate(pool, settings.schema());
            return;
        }
        try (HikariDataSource migrationPool =
                ConnectionPool.open(settings.withMaximumPoolSize(Migrations.CONNECTIONS_NEEDED))) {
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
        HikariPoolMXBean pool = dataSource.getHikariPoolMXBean();
        if (pool != null) {
            pool.softEvictConnections();
        }
    }

    /** The pool, for tests and tools in this package. */
    DataSource dataSource() {
        return dataSource;
    }

    HikariDataSource pool() {
        return dataSource;
    }

    Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
