package org.habittracker.adapters.lambda.reminders;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;

import org.habittracker.adapters.lambda.json.JsonFields;
import org.habittracker.adapters.lambda.json.JsonFields.Need;
import org.habittracker.adapters.lambda.json.ReminderReader;
import org.habittracker.application.port.in.reminder.SetReminderCommand;
import org.habittracker.application.port.in.reminder.SubscribeCommand;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.reminder.PushSubscription;
import org.habittracker.domain.reminder.Reminder;
import org.habittracker.domain.user.UserId;

/**
 * The bodies of the reminder and push routes. What a time, the days, a snooze or a subscription may be is the
 * domain's to say ({@link Reminder}, {@link PushSubscription}); asked here too, so one answer names every fault.
 */
public final class ReminderRequests {
    private ReminderRequests() {
    }

    /** {@code PUT /api/habits/{id}/reminder}: {@code {"time":"08:30","days":["MONDAY",...]}}. */
    public static SetReminderCommand set(JsonFields body, UserId owner, HabitId habitId) {
        body.allowOnly(Set.of("time", "days"));
        LocalTime time = ReminderReader.time(body).orElse(null);
        Set<DayOfWeek> days = ReminderReader.days(body).orElse(null);
        return new SetReminderCommand(owner, habitId, time, days);
    }

    /** {@code POST .../reminder/snooze}: {@code {"minutes":10}}, or {@code {}} (empty: the caller's default). */
    public static Optional<Integer> snoozeMinutes(JsonFields body) {
        body.allowOnly(Set.of("minutes"));
        Optional<Integer> minutes = body.integer("minutes", Need.OPTIONAL);
        minutes.ifPresent(m -> body.errors().attempt("", () -> Reminder.checkSnoozeMinutes(m)));
        body.errors().throwIfAny();
        return minutes;
    }

    /** {@code POST /api/push/subscriptions}: the browser's {@code PushSubscription.toJSON()}. */
    public static SubscribeCommand subscribe(JsonFields body, UserId owner) {
        body.allowOnly(Set.of("endpoint", "expirationTime", "keys"));
        String endpoint = body.text("endpoint", Need.REQUIRED).orElse(null);
        if (endpoint != null) {
            body.errors().attempt("", () -> PushSubscription.checkEndpoint(endpoint));
        }
        // The browser's hint of when the subscription may end: a number of milliseconds or null; not kept.
        body.decimal("expirationTime", Need.OPTIONAL);
        Optional<JsonFields> keys = body.object("keys", Need.REQUIRED);
        String p256dh = null;
        String auth = null;
        if (keys.isPresent()) {
            JsonFields k = keys.get().allowOnly(Set.of("p256dh", "auth"));
            p256dh = k.text("p256dh", Need.REQUIRED).orElse(null);
            auth = k.text("auth", Need.REQUIRED).orElse(null);
            String key = p256dh;
            String secret = auth;
            if (key != null) {
                body.errors().attempt("", () -> PushSubscription.checkP256dh(key));
            }
            if (secret != null) {
                body.errors().attempt("", () -> PushSubscription.checkAuth(secret));
            }
        }
        return new SubscribeCommand(owner, endpoint, p256dh, auth);
    }
}
