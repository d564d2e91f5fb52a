package org.habittracker.domain.progress;

import java.time.LocalDate;

public record DayRecord(LocalDate day, DayState state) {
}
