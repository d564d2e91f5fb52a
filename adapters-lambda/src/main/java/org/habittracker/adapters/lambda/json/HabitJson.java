package org.habittracker.adapters.lambda.json;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import org.habittracker.domain.habit.Habit;

/**
 * A habit as returned by the API, alone, in lists, in exports and on the board (whose entries add today's
 * fields after these). Written by {@link #writeFields}, streaming, however the document around it is written.
 */
@JsonSerialize(using = ShapeSerializer.class)
public record HabitJson(String id, String name, String description, String color, String emoji,
        ScheduleJson schedule, GoalJson goal, LocalDate startDate, Integer commitmentDays, int position,
        boolean archived, Instant createdAt) implements JsonOutput.Shape {

    public static HabitJson from(Habit habit) {
        return new HabitJson(habit.id().toString(), habit.name(), habit.description(), habit.color().value(),
                habit.emoji().orElse(null), ScheduleJson.from(habit.schedule()), GoalJson.from(habit.goal()),
                habit.startDate(), habit.commitmentDays().isPresent() ? habit.commitmentDays().getAsInt() : null,
                habit.position(), habit.archived(), habit.createdAt());
    }

    @Override
    public void writeTo(JsonGenerator out) throws IOException {
        out.writeStartObject();
        writeFields(out);
        out.writeEndObject();
    }

    /** The fields, in this order, absent ones left out; {@code java.time} values as ISO-8601 text. */
    void writeFields(JsonGenerator out) throws IOException {
        out.writeStringField("id", id);
        out.writeStringField("name", name);
        out.writeStringField("description", description);
        out.writeStringField("color", color);
        if (emoji != null) {
            out.writeStringField("emoji", emoji);
        }
        out.writeFieldName("schedule");
        schedule.writeTo(out);
        out.writeFieldName("goal");
        goal.writeTo(out);
        out.writeStringField("startDate", startDate.toString());
        if (commitmentDays != null) {
            out.writeNumberField("commitmentDays", commitmentDays);
        }
        out.writeNumberField("position", position);
        out.writeBooleanField("archived", archived);
        out.writeStringField("createdAt", createdAt.toString());
    }
}
