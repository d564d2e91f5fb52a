package org.habittracker.domain.habit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.habittracker.domain.shared.Check;
import org.habittracker.domain.shared.Dates;
import org.habittracker.domain.user.UserId;

/**
 * A habit someone tracks. Immutable: changes make a new value with the {@code with…} methods.
 *
 * @param commitmentDays how many satisfied days the owner committed to (3–365), if any
 * @param position       place on the owner's board, 0 first
 */
public record Habit(
        HabitId id,
        UserId owner,
        String name,
        String description,
        HexColor color,
        Optional<String> emoji,
        Schedule schedule,
        Goal goal,
        LocalDate startDate,
        OptionalInt commitmentDays,
        boolean archived,
        int position,
        Instant createdAt) {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_DESCRIPTION_LENGTH = 1000;
    public static final int MAX_EMOJI_LENGTH = 16;
    public static final int MIN_COMMITMENT_DAYS = 3;
    public static final int MAX_COMMITMENT_DAYS = 365;

    public Habit {
        Check.notNull(id, "id");
        Check.notNull(owner, "owner");
        Check.notNull(name, "name");
        name = name.strip();
        Check.length(name, 1, MAX_NAME_LENGTH, "name");
        Check.notNull(description, "description");
        description = description.strip();
        Check.length(description, 0, MAX_DESCRIPTION_LENGTH, "description");
        Check.notNull(color, "color");
        Check.notNull(emoji, "emoji");
        emoji = emoji.map(String::strip).filter(e -> !e.isEmpty());
        emoji.ifPresent(e -> Check.length(e, 1, MAX_EMOJI_LENGTH, "emoji"));
        Check.notNull(schedule, "schedule");
        Check.notNull(goal, "goal");
        Dates.notBeforeEarliest(startDate, "startDate");
        Check.notNull(commitmentDays, "commitmentDays");
        commitmentDays.ifPresent(days -> Check.between(days, MIN_COMMITMENT_DAYS, MAX_COMMITMENT_DAYS, "commitmentDays"));
        if (position < 0) {
            Check.between(position, 0, Integer.MAX_VALUE, "position");
        }
        Check.notNull(createdAt, "createdAt");
    }

    public Habit withArchived(boolean newArchived) {
        return new Habit(id, owner, name, description, color, emoji, schedule, goal, startDate, commitmentDays,
                newArchived, position, createdAt);
    }

    public Habit withPosition(int newPosition) {
        return new Habit(id, owner, name, description, color, emoji, schedule, goal, startDate, commitmentDays,
                archived, newPosition, createdAt);
    }

    /** The same habit with its editable fields replaced; identity, owner, archive flag and position stay. */
    public Habit withDetails(String newName, String newDescription, HexColor newColor, Optional<String> newEmoji,
            Schedule newSchedule, Goal newGoal, LocalDate newStartDate, OptionalInt newCommitmentDays) {
        return new Habit(id, owner, newName, newDescription, newColor, newEmoji, newSchedule, newGoal, newStartDate,
                newCommitmentDays, archived, position, createdAt);
    }
}
