package org.habittracker.application.service.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.habittracker.application.port.in.reminder.SendDueRemindersUseCase;
import org.habittracker.application.port.in.reminder.SendSummary;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.PushDelivery;
import org.habittracker.application.port.out.PushOutcome;
import org.habittracker.application.port.out.PushSubscriptionRepository;
import org.habittracker.application.port.out.PushTarget;
import org.habittracker.application.port.out.ReminderRepository;
import org.habittracker.application.port.out.ReminderRepository.DueReminder;
import org.habittracker.application.port.out.ReminderSends;
import org.habittracker.application.port.out.UserRepository;
import org.habittracker.application.service.progress.BoardProgress;
import org.habittracker.application.service.shared.OwnerProfile;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.progress.TodayStatus;
import org.habittracker.domain.reminder.PushSubscription;
import org.habittracker.domain.reminder.ReminderSchedule;
import org.habittracker.domain.reminder.ReminderSchedule.Due;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserDay;

/**
 * Sends what is due: one query for the due reminders (at most {@value #BATCH}; the rest are found by the next
 * round), and for each the board's own today status of its habit ({@link BoardProgress}, as the board computes
 * it): only a habit still PENDING today is reminded of. DONE and SKIPPED (excused) are done with; NOT_DUE is a
 * pause, a day the schedule does not ask for, a period already met or a habit not started. Archived habits are
 * not on the board and are not reminded of.
 *
 * <p>At most once: the send is claimed in {@link ReminderSends} before anything is pushed; a sender that loses
 * the claim (another got there first) only moves the reminder on. Moving on is conditional on the stored next
 * send being still the one handled, so an edit or snooze made meanwhile is never overwritten.
 */
public final class SendDueRemindersService implements SendDueRemindersUseCase {
    /** Reminders handled per round at most. */
    public static final int BATCH = 500;
    /**
     * Reminders handled at once. A push can take its whole timeout (10 s): one after another, a slow push service
     * would stretch a round of 500 far past its minute; this many at a time keeps it inside, while the database
     * calls between pushes queue on the pool as any request's do.
     */
    public static final int PARALLEL = 16;
    /** A send this late (the scheduler was down) is not made: the next one is. Also the push's TTL. */
    public static final Duration TOO_LATE = ReminderPayload.TIME_TO_LIVE;
    /**
     * How long a claim is kept: a send later than {@link #TOO_LATE} is never made, so its claim has nothing left to
     * guard; two days leave room for any clock skew between senders. Each round forgets up to {@link #BATCH}.
     */
    public static final Duration KEEP_CLAIMS = Duration.ofDays(2);

    private static final Logger LOG = Logger.getLogger(SendDueRemindersService.class.getName());

    private final ReminderRepository reminders;
    private final ReminderSends sends;
    private final PushSubscriptionRepository subscriptions;
    private final HabitRepository habits;
    private final UserRepository users;
    private final BoardProgress board;
    private final Optional<PushDelivery> push;

    public SendDueRemindersService(ReminderRepository reminders, ReminderSends sends,
            PushSubscriptionRepository subscriptions, HabitRepository habits, UserRepository users, BoardProgress board,
            Optional<PushDelivery> push) {
        this.reminders = reminders;
        this.sends = sends;
        this.subscriptions = subscriptions;
        this.habits = habits;
        this.users = users;
        this.board = board;
        this.push = push;
    }

    /** What became of one due reminder. */
    private record Handled(boolean sent, int gone, int failed) {
        static final Handled SKIPPED = new Handled(false, 0, 0);
        /** Not handled at all (a database hiccup): counted as failed, left due for the next round. */
        static final Handled FAILED = new Handled(false, 0, 1);
    }

    @Override
    public SendSummary sendDue(Instant now) {
        if (push.isEmpty()) {
            return SendSummary.notConfigured();
        }
        List<DueReminder> due = reminders.findDue(now, BATCH);
        List<Future<Handled>> handling = new ArrayList<>(due.size());
        // Virtual threads: a push waiting on the network holds no platform thread; close() waits for them all.
        try (ExecutorService senders = Executors.newFixedThreadPool(PARALLEL, Thread.ofVirtual().name("reminder-", 0)
                .factory())) {
            for (DueReminder reminder : due) {
                handling.add(senders.submit(() -> handleAlone(reminder, now, push.get())));
            }
        }
        int sent = 0;
        int skipped = 0;
        int gone = 0;
        int failed = 0;
        for (Future<Handled> future : handling) {
            // Done, as the executor has closed; one that never ran (the round was interrupted) is left due, as failed.
            Handled handled = future.state() == Future.State.SUCCESS ? future.resultNow() : Handled.FAILED;
            if (handled.sent()) {
                sent++;
            } else if (handled != Handled.FAILED) {
                skipped++;
            }
            gone += handled.gone();
            failed += handled.failed();
        }
        forgetOldClaims(now);
        return new SendSummary(true, due.size(), sent, skipped, gone, failed);
    }

    /** Keeps the send record from growing by a row per reminder and day forever; a failure waits for the next round. */
    private void forgetOldClaims(Instant now) {
        try {
            sends.forgetClaimedBefore(now.minus(KEEP_CLAIMS), BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "old reminder claims not forgotten this round", e);
        }
    }

    /** One reminder, whose failure (a database hiccup) must not keep the others from being sent. */
    private Handled handleAlone(DueReminder reminder, Instant now, PushDelivery delivery) {
        try {
            return handle(reminder, now, delivery);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reminder of habit " + reminder.reminder().habitId() + " not handled", e);
            return Handled.FAILED;
        }
    }

    private Handled handle(DueReminder due, Instant now, PushDelivery delivery) {
        Optional<User> owner = users.findById(due.owner());
        Optional<Habit> habit = habits.find(due.owner(), due.reminder().habitId());
        if (owner.isEmpty() || habit.isEmpty()) {
            return Handled.SKIPPED; // deleted meanwhile: the cascade removes the reminder
        }
        UserDay userDay = owner.get().settings().userDay();
        Handled handled = shouldSend(owner.get(), habit.get(), due.due(), userDay, now)
                ? send(due, habit.get(), userDay.dayOf(now), now, delivery)
                : Handled.SKIPPED;
        Due next = ReminderSchedule.after(due.reminder(), due.due(), userDay, now);
        reminders.advance(due.owner(), due.reminder().withoutSnooze(), due.due(), next);
        return handled;
    }

    private boolean shouldSend(User owner, Habit habit, Due due, UserDay userDay, Instant now) {
        if (habit.archived() || Duration.between(due.at(), now).compareTo(TOO_LATE) > 0) {
            return false;
        }
        LocalDate today = userDay.dayOf(now);
        TodayStatus status = board.summaries(OwnerProfile.of(owner), List.of(habit), today).get(habit.id())
                .todayStatus();
        return status == TodayStatus.PENDING;
    }

    private Handled send(DueReminder due, Habit habit, LocalDate today, Instant now, PushDelivery delivery) {
        List<PushSubscription> browsers = subscriptions.findAll(due.owner());
        if (browsers.isEmpty() || !sends.claim(due.owner(), habit.id(), due.due(), now)) {
            return Handled.SKIPPED;
        }
        var message = ReminderPayload.of(habit, today);
        int delivered = 0;
        int gone = 0;
        int failed = 0;
        for (PushSubscription browser : browsers) {
            PushOutcome outcome = delivery.deliver(new PushTarget(browser.endpoint(), browser.p256dh(), browser.auth()),
                    message);
            switch (outcome) {
                case PushOutcome.Delivered d -> delivered++;
                case PushOutcome.SubscriptionGone g -> {
                    subscriptions.delete(due.owner(), browser.id());
                    gone++;
                }
                case PushOutcome.NotDelivered n -> {
                    LOG.info(() -> "push to a browser of habit " + habit.id() + " not delivered: " + n.reason());
                    failed++;
                }
            }
        }
        return new Handled(delivered > 0, gone, failed);
    }
}
