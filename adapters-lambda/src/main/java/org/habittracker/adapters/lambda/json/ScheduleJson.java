package org.habittracker.adapters.lambda.json;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import org.habittracker.domain.habit.Schedule;
import org.habittracker.domain.shared.InvalidInputException;

/** A schedule on the wire, told apart by {@code type}; {@link #toDomain()} lets the domain validate it. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ScheduleJson.Daily.class, name = "daily"),
        @JsonSubTypes.Type(value = ScheduleJson.Weekdays.class, name = "weekdays"),
        @JsonSubTypes.Type(value = ScheduleJson.TimesPerWindow.class, name = "timesPerWindow"),
        @JsonSubTypes.Type(value = ScheduleJson.TimesPerWeek.class, name = "timesPerWeek"),
        @JsonSubTypes.Type(value = ScheduleJson.TimesPerMonth.class, name = "timesPerMonth") })
public sealed interface ScheduleJson {

    Schedule toDomain();

    record Daily() implements ScheduleJson {
        @Override
        public Schedule toDomain() {
            return new Schedule.Daily();
        }
    }

    record Weekdays(List<DayOfWeek> days) implements ScheduleJson {
        @Override
        public Schedule toDomain() {
            if (days == null) {
                throw InvalidInputException.of("schedule.days", "required", "is required");
            }
            if (days.contains(null)) {
                throw InvalidInputException.of("schedule.days", "null_day", "must not contain null");
            }
            return new Schedule.Weekdays(days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days));
        }
    }

    record TimesPerWindow(Integer times, Integer days) implements ScheduleJson {
        @Override
        public Schedule toDomain() {
            return new Schedule.TimesPerWindow(Required.of(times, "schedule.times"), Required.of(days, "schedule.days"));
        }
    }

    record TimesPerWeek(Integer times) implements ScheduleJson {
        @Override
        public Schedule toDomain() {
            return new Schedule.TimesPerWeek(Required.of(times, "schedule.times"));
        }
    }

    record TimesPerMonth(Integer times) implements ScheduleJson {
        @Override
        public Schedule toDomain() {
            return new Schedule.TimesPerMonth(Required.of(times, "schedule.times"));
        }
    }

    static ScheduleJson from(Schedule schedule) {
        return switch (schedule) {
            case Schedule.Daily d -> new Daily();
            case Schedule.Weekdays w -> new Weekdays(List.copyOf(EnumSet.copyOf(w.days())));
            case Schedule.TimesPerWindow t -> new TimesPerWindow(t.times(), t.days());
            case Schedule.TimesPerWeek t -> new TimesPerWeek(t.times());
            case Schedule.TimesPerMonth t -> new TimesPerMonth(t.times());
        };
    }
}
