package org.habittracker.application.port.in.data;

import java.util.List;
import java.util.Optional;
import org.habittracker.domain.habit.HabitId;

/**
 * What an import of some data would do, written nowhere: each habit of the file and whether the owner has it
 * already, and each setting of the file that differs from the owner's.
 */
public record ImportPreview(List<HabitPreview> habits, int checkIns, int pauses, List<SettingChange> settings) {

    public ImportPreview {
        habits = List.copyOf(habits);
        settings = List.copyOf(settings);
    }

    /** How many of the file's habits the owner has already. */
    public int alreadyHere() {
        return (int) habits.stream().filter(h -> h.alreadyHereAs().isPresent()).count();
    }

    /** A habit of the file, and the owner's habit it is already, if any. */
    public record HabitPreview(String name, Optional<HabitId> alreadyHereAs) {
    }

    /** A setting the file would change, with the owner's value and the file's, as the API writes them. */
    public record SettingChange(Setting setting, String yours, String file) {
    }

    public enum Setting {
        TIME_ZONE, DAY_START_HOUR, WEEK_START
    }
}
