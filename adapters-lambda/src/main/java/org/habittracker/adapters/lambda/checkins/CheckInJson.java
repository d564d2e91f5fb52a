package org.habittracker.adapters.lambda.checkins;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.habittracker.adapters.lambda.json.Numbers;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.CheckInStatus;

/** A check-in as returned (and as exported, where {@code day} ties it to its day). */
public record CheckInJson(LocalDate day, CheckInStatus status, BigDecimal amount, String note) {

    public static CheckInJson from(CheckIn checkIn) {
        return new CheckInJson(checkIn.day(), checkIn.status(), checkIn.amount().map(Numbers::plain).orElse(null),
                checkIn.note().isEmpty() ? null : checkIn.note());
    }
}
