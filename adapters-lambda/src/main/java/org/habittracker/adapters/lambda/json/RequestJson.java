package org.habittracker.adapters.lambda.json;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** Small request bodies that map straight onto a command. */
public final class RequestJson {

    private RequestJson() {
    }

    /** {@code PATCH /api/me}: absent fields stay as they are. */
    public record UpdateSettings(String timeZone, Integer dayStartHour, DayOfWeek weekStart) {
    }

    /** {@code PUT /api/habits/order}: every habit id of the user, in the new order. */
    public record Order(List<String> order) {
    }

    /** {@code POST /api/pauses}: no {@code habitId} pauses every habit. */
    public record CreatePause(String habitId, LocalDate from, LocalDate to) {
    }

    /** {@code PUT /api/habits/order} answers with the habits in their new order. */
    public record HabitList(List<HabitJson> habits) {
    }

    /** {@code GET /api/pauses}. */
    public record PauseList(List<PauseJson> pauses) {
    }
}
