package org.habittracker.adapters.lambda.json;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import org.habittracker.domain.habit.Schedule;

/** A schedule as the API writes it, told apart by {@code type} ({@link ScheduleReader} reads it). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ScheduleJson.Daily.class, name = "daily"),
        @JsonSubTypes.Type(value = ScheduleJson.Weekdays.class, name = "weekdays"),
        @JsonSubTypes.Type(value = ScheduleJson.TimesPerWindow.class, name = "timesPerWindow"),
        @JsonSubTypes.Type(value = ScheduleJson.TimesPerWeek.class, name = "timesPerWeek"),
        @JsonSubTypes.Type(value = ScheduleJson.TimesPerMonth.class, name = "timesPerMonth") })
public sealed interface ScheduleJson {

    record Daily() implements ScheduleJson {
    }

    record Weekdays(List<DayOfWeek> days) implements ScheduleJson {
    }

    record TimesPerWindow(Integer times, Integer days) implements ScheduleJson {
    }

    record TimesPerWeek(Integer times) implements ScheduleJson {
    }

    record TimesPerMonth(Integer times) implements ScheduleJson {
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
