package org.habittracker.adapters.localhttp;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.habittracker.application.port.in.reminder.SendSummary;

/**
 * The local server's stand-in for EventBridge Scheduler: one daemon thread that runs a round of reminder sending
 * at the start of every minute (each round is scheduled afresh at the next boundary, so the rounds do not drift),
 * survives a round that fails, and stops with the server. Several servers on one database are safe: the send
 * record lets each reminder out once.
 */
final class ReminderScheduler implements AutoCloseable {
    static final Duration EVERY_MINUTE = Duration.ofMinutes(1);

    private final Supplier<SendSummary> round;
    private final Clock clock;
    private final Duration period;
    private final ScheduledExecutorService executor;
    private final AtomicBoolean notConfiguredLogged = new AtomicBoolean();

    private ReminderScheduler(Supplier<SendSummary> round, Clock clock, Duration period) {
        this.round = round;
        this.clock = clock;
        this.period = period;
        this.executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "habit-tracker-reminders");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * @param period a minute in the server; shorter in tests. Rounds start at whole multiples of it (by the
     *               epoch), as EventBridge's every-minute schedule does at :00.
     */
    static ReminderScheduler start(Supplier<SendSummary> round, Clock clock, Duration period) {
        if (period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("period must be positive");
        }
        ReminderScheduler scheduler = new ReminderScheduler(round, clock, period);
        scheduler.scheduleNext();
        return scheduler;
    }

    /** Milliseconds until the next boundary of the period, at least 1. */
    static long delayToNextBoundary(long nowMillis, long periodMillis) {
        long delay = periodMillis - Math.floorMod(nowMillis, periodMillis);
        return delay == 0 ? periodMillis : delay;
    }

    private void scheduleNext() {
        if (executor.isShutdown()) {
            return;
        }
        try {
            executor.schedule(this::runRound, delayToNextBoundary(clock.millis(), period.toMillis()),
                    TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            // closed meanwhile
        }
    }

    private void runRound() {
        try {
            SendSummary summary = round.get();
            if (!summary.configured()) {
                if (notConfiguredLogged.compareAndSet(false, true)) {
                    System.out.println("habit-tracker: push notifications are not configured; reminders are not sent");
                }
            } else if (summary.due() > 0) {
                System.out.println("habit-tracker: reminders " + summary);
            }
        } catch (RuntimeException e) {
            // One failed round (the database restarting, say) must not stop the next ones; the class only, as
            // elsewhere: a message may hold user data.
            System.err.println("habit-tracker: a reminder round failed: " + e.getClass().getName());
        } finally {
            scheduleNext();
        }
    }

    /** Stops the thread; a round in progress is interrupted only if it does not end within five seconds. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
