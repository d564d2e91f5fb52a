package org.habittracker.adapters.lambda.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.habittracker.application.port.in.RecordCheckInCommand;
import org.habittracker.domain.checkin.CheckInStatus;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.user.UserId;

/** The body of {@code PUT /api/habits/{id}/checkins/{day}}. */
public record RecordCheckInJson(CheckInStatus status, BigDecimal amount, String note) {

    public RecordCheckInCommand toCommand(UserId owner, HabitId habitId, LocalDate day) {
        return new RecordCheckInCommand(owner, habitId, day, Required.of(status, "status"),
                Optional.ofNullable(amount), Optional.ofNullable(note));
    }
}
