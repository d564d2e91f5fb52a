package org.habittracker.application.testing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.habittracker.application.port.out.ApiToken;
import org.habittracker.application.port.out.Session;
import org.habittracker.application.port.out.TokenHash;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.checkin.PauseId;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.progress.Milestone;
import org.habittracker.domain.progress.MilestoneKind;
import org.habittracker.domain.progress.ProgressCheckpoint;
import org.habittracker.domain.reminder.PushSubscription;
import org.habittracker.domain.reminder.PushSubscriptionId;
import org.habittracker.domain.reminder.Reminder;
import org.habittracker.domain.reminder.ReminderSchedule.Due;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;

/**
 * The tables behind the in-memory repositories, shared by them so that cascades, foreign keys and
 * transactions behave as in the real database.
 *
 * <p>One re-entrant lock guards every table. A transaction holds it from start to end, which makes
 * transactions serial (and isolated) and lets the repository calls inside it, on the same thread, join
 * it. Rollback restores a snapshot taken at the start; the stored values are immutable records, so copying
 * the maps is a full snapshot.
 */
public final class InMemoryDatabase {

    record CheckInKey(HabitId habit, LocalDate day) {
    }

    record MilestoneKey(HabitId habit, MilestoneKind kind) {
    }

    /** A stored reminder: its owner and next send beside it, as in the table. */
    record StoredReminder(UserId owner, Reminder reminder, Due next) {
    }

    record SendKey(HabitId habit, String slot) {
    }

    /** The tables; only ever touched with the lock held. */
    static final class Tables {
        final Map<UserId, User> users = new HashMap<>();
        final Map<HabitId, Habit> habits = new HashMap<>();
        final Map<CheckInKey, CheckIn> checkIns = new HashMap<>();
        final Map<PauseId, Pause> pauses = new HashMap<>();
        final Map<MilestoneKey, Milestone> milestones = new HashMap<>();
        final Map<HabitId, ProgressCheckpoint> checkpoints = new HashMap<>();
        final Map<TokenHash, Session> sessions = new HashMap<>();
        final Map<UUID, ApiToken> apiTokens = new HashMap<>();
        final Map<HabitId, StoredReminder> reminders = new HashMap<>();
        final Map<PushSubscriptionId, PushSubscription> pushSubscriptions = new HashMap<>();
        final Map<SendKey, Instant> reminderSends = new HashMap<>();

        Tables copy() {
            Tables copy = new Tables();
            copy.users.putAll(users);
            copy.habits.putAll(habits);
            copy.checkIns.putAll(checkIns);
            copy.pauses.putAll(pauses);
            copy.milestones.putAll(milestones);
            copy.checkpoints.putAll(checkpoints);
            copy.sessions.putAll(sessions);
            copy.apiTokens.putAll(apiTokens);
            copy.reminders.putAll(reminders);
            copy.pushSubscriptions.putAll(pushSubscriptions);
            copy.reminderSends.putAll(reminderSends);
            return copy;
        }

        void restore(Tables snapshot) {
            restore(users, snapshot.users);
            restore(habits, snapshot.habits);
            restore(checkIns, snapshot.checkIns);
            restore(pauses, snapshot.pauses);
            restore(milestones, snapshot.milestones);
            restore(checkpoints, snapshot.checkpoints);
            restore(sessions, snapshot.sessions);
            restore(apiTokens, snapshot.apiTokens);
            restore(reminders, snapshot.reminders);
            restore(pushSubscriptions, snapshot.pushSubscriptions);
            restore(reminderSends, snapshot.reminderSends);
        }

        private static <K, V> void restore(Map<K, V> table, Map<K, V> snapshot) {
            table.clear();
            table.putAll(snapshot);
        }

        /** Deletes the habit and what hangs off it, as {@code ON DELETE CASCADE} would. */
        void deleteHabitCascading(HabitId id) {
            habits.remove(id);
            checkIns.keySet().removeIf(key -> key.habit().equals(id));
            milestones.keySet().removeIf(key -> key.habit().equals(id));
            checkpoints.remove(id);
            reminders.remove(id);
            reminderSends.keySet().removeIf(key -> key.habit().equals(id));
            pauses.values().removeIf(pause -> pause.habitId().filter(id::equals).isPresent());
        }

        /** A check-in change on {@code day} makes a checkpoint of that day or later stale. */
        void dropCheckpointFrom(HabitId habit, LocalDate day) {
            ProgressCheckpoint checkpoint = checkpoints.get(habit);
            if (checkpoint != null && !checkpoint.asOf().isBefore(day)) {
                checkpoints.remove(habit);
            }
        }

        boolean ownsHabit(UserId owner, HabitId habit) {
            Habit stored = habits.get(habit);
            return stored != null && stored.owner().equals(owner);
        }

        void requireUser(UserId id) {
            if (!users.containsKey(id)) {
                throw new IllegalStateException("foreign key violated: no user " + id);
            }
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Tables tables = new Tables();

    /** Runs one statement against the tables, atomically. */
    <T> T query(Function<Tables, T> statement) {
        lock.lock();
        try {
            return statement.apply(tables);
        } finally {
            lock.unlock();
        }
    }

    void execute(Consumer<Tables> statement) {
        query(t -> {
            statement.accept(t);
            return null;
        });
    }

    /** All or nothing; a call inside another transaction on the same thread joins it. */
    <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.get();
            }
            Tables snapshot = tables.copy();
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                tables.restore(snapshot);
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }
}
