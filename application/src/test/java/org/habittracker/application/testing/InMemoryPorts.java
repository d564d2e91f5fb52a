package org.habittracker.application.testing;

import java.time.Instant;
import java.util.Optional;
import org.habittracker.application.port.out.ApiTokenRepository;
import org.habittracker.application.port.out.CheckInRepository;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.IdGenerator;
import org.habittracker.application.port.out.LoginAttemptStore;
import org.habittracker.application.port.out.MilestoneRepository;
import org.habittracker.application.port.out.PasswordHasher;
import org.habittracker.application.port.out.PauseRepository;
import org.habittracker.application.port.out.SessionStore;
import org.habittracker.application.port.out.Transactions;
import org.habittracker.application.port.out.UserRepository;
import org.habittracker.application.service.OutboundPorts;

/**
 * Every outbound port in memory over one {@link InMemoryDatabase}, ready to hand to the services: one
 * object per test gives a fresh, isolated world. The concrete types are exposed so tests can steer the
 * clock, the cache health or the database probe.
 */
public final class InMemoryPorts {
    /** Where the clock starts: a Sunday morning in November 2026, UTC. */
    public static final Instant START = Instant.parse("2026-11-22T09:30:00Z");

    private final InMemoryDatabase database = new InMemoryDatabase();
    private final InMemoryUserRepository users = new InMemoryUserRepository(database);
    private final InMemoryHabitRepository habits = new InMemoryHabitRepository(database);
    private final InMemoryCheckInRepository checkIns = new InMemoryCheckInRepository(database);
    private final InMemoryPauseRepository pauses = new InMemoryPauseRepository(database);
    private final InMemoryMilestoneRepository milestones = new InMemoryMilestoneRepository(database);
    private final InMemoryProgressCheckpointRepository checkpoints = new InMemoryProgressCheckpointRepository(database);
    private final InMemorySessionStore sessions = new InMemorySessionStore(database);
    private final InMemoryApiTokenRepository apiTokens = new InMemoryApiTokenRepository(database);
    private final InMemoryReminderRepository reminders = new InMemoryReminderRepository(database);
    private final InMemoryReminderSends reminderSends = new InMemoryReminderSends(database);
    private final InMemoryPushSubscriptionRepository pushSubscriptions = new InMemoryPushSubscriptionRepository(database);
    private final RecordingPushDelivery push = new RecordingPushDelivery();
    private final InMemoryTransactions transactions = new InMemoryTransactions(database);
    private final InMemoryLoginAttemptStore loginAttempts = new InMemoryLoginAttemptStore();
    private final InMemoryReadCache readCache = new InMemoryReadCache();
    private final PlainTextPasswordHasher passwordHasher = new PlainTextPasswordHasher();
    private final SettableDatabaseHealth databaseHealth = new SettableDatabaseHealth();
    private final MutableClock clock = new MutableClock(START);
    private final SequentialIdGenerator ids = new SequentialIdGenerator();

    public InMemoryDatabase database() {
        return database;
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

    public InMemoryProgressCheckpointRepository checkpoints() {
        return checkpoints;
    }

    public InMemoryReminderRepository reminders() {
        return reminders;
    }

    public InMemoryReminderSends reminderSends() {
        return reminderSends;
    }

    public InMemoryPushSubscriptionRepository pushSubscriptions() {
        return pushSubscriptions;
    }

    /** The push delivery the services get: records each push, answers as told. */
    public RecordingPushDelivery push() {
        return push;
    }

    public SessionStore sessions() {
        return sessions;
    }

    public ApiTokenRepository apiTokens() {
        return apiTokens;
    }

    public Transactions transactions() {
        return transactions;
    }

    public LoginAttemptStore loginAttempts() {
        return loginAttempts;
    }

    public InMemoryReadCache readCache() {
        return readCache;
    }

    public PlainTextPasswordHasher passwordHasher() {
        return passwordHasher;
    }

    public SettableDatabaseHealth databaseHealth() {
        return databaseHealth;
    }

    public MutableClock clock() {
        return clock;
    }

    public IdGenerator ids() {
        return ids;
    }

    /** All of them, as the services' factory takes them. */
    public OutboundPorts outbound() {
        return new OutboundPorts(users, habits, checkIns, pauses, milestones, checkpoints, reminders, reminderSends,
                pushSubscriptions, Optional.of(push), sessions, apiTokens, loginAttempts, passwordHasher, transactions,
                readCache, databaseHealth, clock, ids);
    }
}
