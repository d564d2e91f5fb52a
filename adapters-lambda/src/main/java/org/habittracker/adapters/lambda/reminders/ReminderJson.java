package org.habittracker.adapters.lambda.reminders;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import org.habittracker.adapters.lambda.json.ReminderReader;
import org.habittracker.domain.reminder.Reminder;

/** A reminder as the API returns it; {@code snoozedUntil} is always there, null without a snooze. */
public record ReminderJson(String habitId, String time, List<DayOfWeek> days,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant snoozedUntil) {

    public static ReminderJson from(Reminder reminder) {
        return new ReminderJson(reminder.habitId().toString(), ReminderReader.TIME.format(reminder.time()),
                List.copyOf(reminder.days()), reminder.snooze().map(Reminder.Snooze::until).orElse(null));
    }
}
