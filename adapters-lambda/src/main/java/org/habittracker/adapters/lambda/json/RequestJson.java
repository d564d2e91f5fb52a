package org.habittracker.adapters.lambda.json;

import java.util.List;

/** Small response bodies that wrap a list. */
public final class RequestJson {

    private RequestJson() {
    }

    /** {@code PUT /api/habits/order} and {@code GET /api/habits?archived=true}: habits in board order. */
    public record HabitList(List<HabitJson> habits) {
    }

    /** {@code GET /api/pauses}. */
    public record PauseList(List<PauseJson> pauses) {
    }
}
