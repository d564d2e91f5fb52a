package org.habittracker.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
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
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The persistence adapter, whole: a connection pool, the schema brought up to date, and every outbound
 * port the database serves. The composition root makes one at start and closes it at shutdown.
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
        this.jdbi = Jdbi.create(dataSource)
                .installPlugin(new SqlObjectPlugin())
                .installPlugin(new PostgresPlugin());
        this.users = new JdbiUserRepository(jdbi);
        this.habits = new JdbiHabitRepository(jdbi);
        this.checkIns = new JdbiCheckInRepository(jdbi);
        this.pauses = new JdbiPauseRepository(jdbi);
        this.milestones = new JdbiMilestoneRepository(jdbi);
        this.sessions = new JdbiSessionStore(jdbi);
        this.apiTokens = new JdbiApiTokenRepository(jdbi);
        this.loginAttempts = new JdbiLoginAttemptStore(jdbi);
        this.transactions = new JdbiTransactions(jdbi);
        this.health = new JdbiDatabaseHealth(jdbi);
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
