package org.habittracker.adapters.lambda.checkins;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.habittracker.adapters.lambda.json.JsonFields.Need;
import org.habittracker.adapters.lambda.json.JsonFields;
import org.habittracker.application.port.in.checkin.RecordCheckInCommand;
import org.habittracker.application.port.in.checkin.RecordCheckInCommand;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.CheckInStatus;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.shared.Amounts;
import org.habittracker.domain.user.UserId;

/** The body of {@code PUT /api/habits/{id}/checkins/{day}}: {@code {"status","amount","note"}}. */
public final class CheckInRequests {

    private CheckInRequests() {
    }

    /** @param day the day from the path, or null when it did not read (its fault is recorded already) */
    public static RecordCheckInCommand record(JsonFields body, UserId owner, HabitId habitId, LocalDate day) {
        body.allowOnly(Set.of("status", "amount", "note"));
        CheckInStatus status = body.constant("status", CheckInStatus.class, Need.REQUIRED).orElse(null);
        Optional<BigDecimal> amount = body.decimal("amount", Need.OPTIONAL);
        amount.ifPresent(value -> body.errors().attempt(body.path(), () -> Amounts.check(value, "amount")));
        Optional<String> note = body.text("note", Need.OPTIONAL);
        note.ifPresent(text -> body.errors().attempt(body.path(), () -> CheckIn.checkNote(text)));
        return new RecordCheckInCommand(owner, habitId, day, status, amount, note);
    }
}
