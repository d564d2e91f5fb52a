package org.habittracker.adapters.lambda.checkins;

import java.time.LocalDate;

import org.habittracker.adapters.lambda.json.BoardEntryJson;
import org.habittracker.application.port.in.progress.HabitToday;

/** {@code DELETE /api/habits/{id}/checkins/{day}}: the habit's board entry with the day cleared. */
public record BoardUpdateJson(BoardEntryJson entry, LocalDate today) {

    public static BoardUpdateJson from(HabitToday board) {
        return new BoardUpdateJson(BoardEntryJson.from(board.entry()), board.today());
    }
}
