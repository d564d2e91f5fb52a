package org.habittracker.application.service;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.habittracker.application.port.out.ApiTokenRepository;
import org.habittracker.application.port.out.CheckInRepository;
import org.habittracker.application.port.out.DatabaseHealth;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.IdGenerator;
import org.habittracker.application.port.out.LoginAttemptStore;
import org.habittracker.application.port.out.MilestoneRepository;
import org.habittracker.application.port.out.PasswordHasher;
import org.habittracker.application.port.out.PauseRepository;
import org.habittracker.application.port.out.ProgressCheckpointRepository;
import org.habittracker.application.port.out.PushDelivery;
import org.habittracker.application.port.out.PushSubscriptionRepository;
import org.habittracker.application.port.out.ReadCache;
import org.habittracker.application.port.out.ReminderRepository;
import org.habittracker.application.port.out.ReminderSends;
import org.habittracker.application.port.out.SessionStore;
import org.habittracker.application.port.out.Transactions;
import org.habittracker.application.port.out.UserRepository;

/**
 * Every outbound port the services need, as the composition root hands them over. {@code push} is empty when Web
 * Push is not configured: reminders are then kept but not sent.
 */
public record OutboundPorts(
        UserRepository users,
        HabitRepository habits,
        CheckInRepository checkIns,
        PauseRepository pauses,
        MilestoneRepository milestones,
        ProgressCheckpointRepository checkpoints,
        ReminderRepository reminders,
        ReminderSends reminderSends,
        PushSubscriptionRepository pushSubscriptions,
        Optional<PushDelivery> push,
        SessionStore sessions,
        ApiTokenRepository apiTokens,
        LoginAttemptStore loginAttempts,
        PasswordHasher passwordHasher,
        Transactions transactions,
        ReadCache readCache,
        DatabaseHealth databaseHealth,
        Clock clock,
        IdGenerator ids) {

    public OutboundPorts {
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(habits, "habits");
        Objects.requireNonNull(checkIns, "checkIns");
        Objects.requireNonNull(pauses, "pauses");
        Objects.requireNonNull(milestones, "milestones");
        Objects.requireNonNull(checkpoints, "checkpoints");
        Objects.requireNonNull(reminders, "reminders");
        Objects.requireNonNull(reminderSends, "reminderSends");
        Objects.requireNonNull(pushSubscriptions, "pushSubscriptions");
        Objects.requireNonNull(push, "push");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(apiTokens, "apiTokens");
        Objects.requireNonNull(loginAttempts, "loginAttempts");
        Objects.requireNonNull(passwordHasher, "passwordHasher");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(readCache, "readCache");
        Objects.requireNonNull(databaseHealth, "databaseHealth");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ids, "ids");
    }
}
