package org.habittracker.adapters.lambda.habits;

import java.util.List;

import org.habittracker.adapters.lambda.json.HabitJson;

/** {@code PUT /api/habits/order} and {@code GET /api/habits?archived=true}: habits in board order. */
public record HabitListJson(List<HabitJson> habits) {
}
