package org.habittracker.adapters.lambda.checkins;

import java.time.LocalDate;
import java.util.List;

import org.habittracker.application.port.in.progress.HabitHistory;
import org.habittracker.domain.progress.DayState;

/** {@code GET /api/habits/{id}/checkins}: the check-ins of a range and what each day turned out to be. */
public record HistoryJson(List<CheckInJson> checkins, List<Day> days) {

    public record Day(LocalDate day, DayState state) {
    }

    public static HistoryJson from(HabitHistory history) {
        return new HistoryJson(history.checkIns().stream().map(CheckInJson::from).toList(),
                history.days().stream().map(d -> new Day(d.day(), d.state())).toList());
    }
}
