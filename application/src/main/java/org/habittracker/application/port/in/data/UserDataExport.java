package org.habittracker.application.port.in.data;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.progress.Milestone;
import org.habittracker.domain.reminder.Reminder;
import org.habittracker.domain.user.UserSettings;
import org.habittracker.domain.user.Username;

/**
 * Everything a user owns, as exported and as imported. On import every habit and pause gets a new id and
 * the importing user as owner; ids in the data only tie check-ins and pauses to their habits.
 */
public record UserDataExport(int formatVersion, Instant exportedAt, Username username, UserSettings settings,
        List<HabitData> habits, List<Pause> pauses) {

    /** 2 added each habit's reminder; a version-1 file reads as one without reminders. */
    public static final int FORMAT_VERSION = 2;
    public static final int OLDEST_FORMAT_VERSION = 1;

    /** Whether files of {@code version} can be imported: the one home of that rule. */
    public static boolean supports(int version) {
        return version >= OLDEST_FORMAT_VERSION && version <= FORMAT_VERSION;
    }

    /** A habit with its history and its reminder (time and days; a snooze is not exported). */
    public record HabitData(Habit habit, List<CheckIn> checkIns, List<Milestone> milestones,
            Optional<Reminder> reminder) {
        public HabitData {
            Objects.requireNonNull(reminder, "reminder");
        }

        /** Without a reminder (Loop's export, a version-1 file). */
        public HabitData(Habit habit, List<CheckIn> checkIns, List<Milestone> milestones) {
            this(habit, checkIns, milestones, Optional.empty());
        }
    }
}
