package org.habittracker.application.port.out;

import java.time.Instant;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.reminder.ReminderSchedule.Due;
import org.habittracker.domain.user.UserId;

/**
 * The durable record of sends, one per reminder and owner's day (and per snooze), claimed before the push goes
 * out: of several senders racing for the same send, exactly one gets the claim. A send whose sender dies after
 * the claim is lost, never doubled: at most once.
 */
public interface ReminderSends {

    /** True for the first claim of {@code due} for the habit only, whoever and however many claim it. */
    boolean claim(UserId owner, HabitId habit, Due due, Instant claimedAt);

    /**
     * Forgets at most {@code limit} claims made before {@code before}, oldest first, and says how many: a claim
     * matters only while its send could still be made.
     */
    int forgetClaimedBefore(Instant before, int limit);
}
