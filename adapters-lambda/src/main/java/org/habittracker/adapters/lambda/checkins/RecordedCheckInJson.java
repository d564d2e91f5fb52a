package org.habittracker.adapters.lambda.checkins;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.habittracker.adapters.lambda.json.BoardEntryJson;
import org.habittracker.application.port.in.checkin.RecordedCheckIn;
import org.habittracker.domain.checkin.CheckInStatus;

/**
 * {@code PUT /api/habits/{id}/checkins/{day}}: the check-in's fields as {@link CheckInJson}, plus the habit's
 * updated board entry and the today it is for, so a tap costs one round trip.
 */
public record RecordedCheckInJson(LocalDate day, CheckInStatus status, BigDecimal amount, String note,
        BoardEntryJson entry, LocalDate today) {

    public static RecordedCheckInJson from(RecordedCheckIn recorded) {
        CheckInJson checkIn = CheckInJson.from(recorded.checkIn());
        return new RecordedCheckInJson(checkIn.day(), checkIn.status(), checkIn.amount(), checkIn.note(),
                BoardEntryJson.from(recorded.board().entry()), recorded.board().today());
    }
}
