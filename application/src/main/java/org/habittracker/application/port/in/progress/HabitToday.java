package org.habittracker.application.port.in.progress;

import java.time.LocalDate;

/**
 * One habit's board entry as of the owner's {@code today}, right after a write changed it: what a check-in
 * answers, so that the card can be redrawn without reading the whole board again.
 */
public record HabitToday(LocalDate today, TodayBoard.Entry entry) {
}
