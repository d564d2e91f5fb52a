package org.habittracker.adapters.lambda.json;

import java.io.IOException;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import org.habittracker.domain.habit.Schedule;

/** A schedule as the API writes it, told apart by {@code type} ({@link ScheduleReader} reads it). */
@JsonSerialize(using = ShapeSerializer.class)
public sealed interface ScheduleJson extends JsonOutput.Shape {

    record Daily() implements ScheduleJson {
    }

    record Weekdays(List<DayOfWeek> days) implements ScheduleJson {
    }

    record TimesPerWindow(int times, int days) implements ScheduleJson {
    }

    record TimesPerWeek(int times) implements ScheduleJson {
    }

    record TimesPerMonth(int times) implements ScheduleJson {
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

    @Override
    default void writeTo(JsonGenerator out) throws IOException {
        out.writeStartObject();
        switch (this) {
            case Daily d -> out.writeStringField("type", "daily");
            case Weekdays w -> {
                out.writeStringField("type", "weekdays");
                out.writeArrayFieldStart("days");
                for (DayOfWeek day : w.days()) {
                    out.writeString(day.name());
                }
                out.writeEndArray();
            }
            case TimesPerWindow t -> {
                out.writeStringField("type", "timesPerWindow");
                out.writeNumberField("times", t.times());
                out.writeNumberField("days", t.days());
            }
            case TimesPerWeek t -> {
                out.writeStringField("type", "timesPerWeek");
                out.writeNumberField("times", t.times());
            }
            case TimesPerMonth t -> {
                out.writeStringField("type", "timesPerMonth");
                out.writeNumberField("times", t.times());
            }
        }
        out.writeEndObject();
    }
}
