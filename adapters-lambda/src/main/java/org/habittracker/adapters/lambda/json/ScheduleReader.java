package org.habittracker.adapters.lambda.json;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.habittracker.adapters.lambda.json.JsonFields.Need;
import org.habittracker.domain.habit.Schedule;

/**
 * The {@code schedule} field of a habit in a body ({@link ScheduleJson} is its shape), told apart by {@code type}.
 * The domain's rules name their fields {@code schedule.times}; they are recorded under the habit's path, so in an
 * import they read {@code habits[1].schedule.times}.
 */
public final class ScheduleReader {

    public static final List<String> TYPES = List.of("daily", "weekdays", "timesPerWindow", "timesPerWeek", "timesPerMonth");

    private ScheduleReader() {
    }

    public static Optional<Schedule> read(JsonFields habit, Need need) {
        Optional<JsonFields> found = habit.object("schedule", need);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        JsonFields schedule = found.get();
        FieldErrors errors = habit.errors();
        JsonNode typeNode = schedule.raw("type");
        String type = typeNode != null && typeNode.isTextual() ? typeNode.textValue() : "";
        if (!TYPES.contains(type)) {
            errors.add(schedule.at("type"), "type", "is missing or not a known type " + TYPES);
            return Optional.empty();
        }
        String prefix = habit.path();
        return switch (type) {
            case "daily" -> {
                schedule.allowOnly(Set.of("type"));
                yield Optional.of(new Schedule.Daily());
            }
            case "weekdays" -> weekdays(schedule.allowOnly(Set.of("type", "days")), prefix);
            case "timesPerWindow" -> {
                schedule.allowOnly(Set.of("type", "times", "days"));
                Optional<Integer> times = schedule.integer("times", Need.REQUIRED);
                Optional<Integer> days = schedule.integer("days", Need.REQUIRED);
                yield times.isEmpty() || days.isEmpty() ? Optional.empty()
                        : errors.attempt(prefix, () -> new Schedule.TimesPerWindow(times.get(), days.get()));
            }
            case "timesPerWeek" -> {
                schedule.allowOnly(Set.of("type", "times"));
                yield schedule.integer("times", Need.REQUIRED)
                        .flatMap(times -> errors.attempt(prefix, () -> new Schedule.TimesPerWeek(times)));
            }
            default -> {
                schedule.allowOnly(Set.of("type", "times"));
                yield schedule.integer("times", Need.REQUIRED)
                        .flatMap(times -> errors.attempt(prefix, () -> new Schedule.TimesPerMonth(times)));
            }
        };
    }

    private static Optional<Schedule> weekdays(JsonFields schedule, String prefix) {
        Optional<List<JsonValues.Element>> elements = schedule.array("days", Need.REQUIRED);
        if (elements.isEmpty()) {
            return Optional.empty();
        }
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        boolean allRead = true;
        for (JsonValues.Element element : elements.get()) {
            if (JsonValues.absent(element.node())) {
                schedule.errors().add(element.path(), "required", "must not be null");
                allRead = false;
                continue;
            }
            Optional<DayOfWeek> day = schedule.values().constant(element.node(), element.path(), DayOfWeek.class);
            day.ifPresent(days::add);
            allRead &= day.isPresent();
        }
        return allRead ? schedule.errors().attempt(prefix, () -> new Schedule.Weekdays(days)) : Optional.empty();
    }
}
