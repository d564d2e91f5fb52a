package org.habittracker.application.port.in.data;

import java.time.Instant;
import java.util.List;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.progress.Milestone;
import org.habittracker.domain.user.UserSettings;
import org.habittracker.domain.user.Username;

/**
 * Everything a user owns, as exported and as imported. On import every habit and pause gets a new id and
 * the importing user as owner; ids in the data only tie check-ins and pauses to their habits.
 */
public record UserDataExport(int formatVersion, Instant exportedAt, Username username, UserSettings settings,
        List<HabitData> habits, List<Pause> pauses) {

    public static final int FORMAT_VERSION = 1;

    public record HabitData(Habit habit, List<CheckIn> checkIns, List<Milestone> milestones) {
    }
}
