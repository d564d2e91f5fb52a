package org.habittracker.adapters.lambda.json;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.habittracker.adapters.lambda.json.JsonFields.Need;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.reminder.Reminder;

/**
 * A reminder's time and days as JSON writes them, {@code {"time":"08:30","days":["MONDAY",...]}}: the one reader
 * of that form, for the reminder routes and our export's habits. The rules behind it are the domain
 * {@link Reminder}'s, asked here so one answer names every fault.
 */
public final class ReminderReader {
    /** {@code HH:mm}, 24-hour, two digits each: the one form the API reads and writes. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Pattern HH_MM = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    private ReminderReader() {
    }

    /** Time and days read from {@code fields} (required both); empty with the faults recorded. */
    public static Optional<Reminder> read(JsonFields fields, HabitId habitId) {
        int before = fields.errors().count();
        Optional<LocalTime> time = time(fields);
        Optional<Set<DayOfWeek>> days = days(fields);
        if (fields.errors().count() > before) {
            return Optional.empty();
        }
        return fields.errors().attempt(fields.path(), () -> Reminder.of(habitId, time.orElseThrow(), days.orElseThrow()));
    }

    public static Optional<LocalTime> time(JsonFields fields) {
        return fields.text("time", Need.REQUIRED).flatMap(text -> {
            if (!HH_MM.matcher(text).matches()) {
                fields.errors().add(fields.at("time"), "format", "must be a time of day as HH:mm (00:00 to 23:59)");
                return Optional.empty();
            }
            return Optional.of(LocalTime.parse(text, TIME));
        });
    }

    /** Each a {@link DayOfWeek} constant, none twice ({@code days[2]} names the culprit), at least one. */
    public static Optional<Set<DayOfWeek>> days(JsonFields fields) {
        return fields.array("days", Need.REQUIRED).flatMap(elements -> {
            int before = fields.errors().count();
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (JsonValues.Element element : elements) {
                fields.values().constant(element.node(), element.path(), DayOfWeek.class).ifPresent(day -> {
                    if (!days.add(day)) {
                        fields.errors().add(element.path(), "duplicate", "names a day already given");
                    }
                });
            }
            if (fields.errors().count() > before) {
                return Optional.empty();
            }
            return fields.errors().attempt(fields.path(), () -> Reminder.checkDays(days));
        });
    }
}
