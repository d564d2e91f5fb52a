package org.habittracker.application.port.in.progress;

import java.time.LocalDate;
import org.habittracker.application.port.in.auth.Principal;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.progress.HabitStatistics;
import org.habittracker.domain.user.UserId;

/** The read side: the board, a habit's history and its statistics, all in the owner's days. */
public interface ViewProgressUseCase {

    /** The board computed now, not from the cache. */
    TodayBoard todayBoard(UserId owner);

    /**
     * The board as {@code rendering} writes it, from the cache while nothing changed. The owner is the request's
     * principal, already looked up: their today comes from the settings it carries, with no second look-up.
     */
    byte[] renderedTodayBoard(Principal owner, BoardRendering rendering);

    /** Days {@code from}–{@code to}, both included, at most five years apart. */
    HabitHistory history(UserId owner, HabitId habitId, LocalDate from, LocalDate to);

    /** Statistics with the milestones as recorded (each kept with the day it was first reached). */
    HabitStatistics statistics(UserId owner, HabitId habitId);
}
