package org.habittracker.domain.habit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.habittracker.domain.shared.Check;
import org.habittracker.domain.shared.Dates;
import org.habittracker.domain.shared.InvalidInputException;
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
        Check.notNull(color, "color");
        Check.notNull(emoji, "emoji");
        Check.notNull(schedule, "schedule");
        Check.notNull(goal, "goal");
        Check.notNull(commitmentDays, "commitmentDays");
        Dates.storable(createdAt, "createdAt");
        requireFields(name, description, emoji, startDate, commitmentDays, position);
        name = name.strip();
        description = description.strip();
        emoji = emoji.map(String::strip).filter(e -> !e.isEmpty());
    }

    /** Every field rule below at once, so that a habit with a bad name and a bad commitment names both. */
    private static void requireFields(String name, String description, Optional<String> emoji, LocalDate startDate,
            OptionalInt commitmentDays, int position) {
        InvalidInputException.requireAll(
                () -> checkName(name),
                () -> checkDescription(description),
                () -> emoji.ifPresent(Habit::checkEmoji),
                () -> checkStartDate(startDate),
                () -> commitmentDays.ifPresent(Habit::checkCommitmentDays),
                () -> checkPosition(position));
    }

    // The rule of each field, the one home of each: the constructor applies them, and an edge that reads
    // a request may ask them one by one to name every fault of the request in one answer.

    /** @return the name trimmed, 1–{@value #MAX_NAME_LENGTH} characters */
    public static String checkName(String name) {
        Check.notNull(name, "name");
        return Check.length(name.strip(), 1, MAX_NAME_LENGTH, "name");
    }

    /** @return the description trimmed, at most {@value #MAX_DESCRIPTION_LENGTH} characters */
    public static String checkDescription(String description) {
        Check.notNull(description, "description");
        return Check.length(description.strip(), 0, MAX_DESCRIPTION_LENGTH, "description");
    }

    /** @return the emoji trimmed, at most {@value #MAX_EMOJI_LENGTH} characters; empty means none */
    public static String checkEmoji(String emoji) {
        Check.notNull(emoji, "emoji");
        return Check.length(emoji.strip(), 0, MAX_EMOJI_LENGTH, "emoji");
    }

    public static LocalDate checkStartDate(LocalDate startDate) {
        return Dates.storable(startDate, "startDate");
    }

    public static int checkCommitmentDays(int days) {
        return Check.between(days, MIN_COMMITMENT_DAYS, MAX_COMMITMENT_DAYS, "commitmentDays");
    }

    public static int checkPosition(int position) {
        return Check.between(position, 0, Integer.MAX_VALUE, "position");
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
