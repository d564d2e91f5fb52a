package org.habittracker.adapters.lambda.json;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.habittracker.application.port.in.UserDataExport;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.checkin.PauseId;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.habit.HexColor;
import org.habittracker.domain.progress.Milestone;
import org.habittracker.domain.shared.FieldViolation;
import org.habittracker.domain.shared.InvalidInputException;
import org.habittracker.domain.user.UserId;
import org.habittracker.domain.user.UserSettings;
import org.habittracker.domain.user.Username;

/**
 * Turns an uploaded export into domain values, collecting every bad value with its path in the file
 * ({@code habits[2].schedule.times}) so one answer names them all and nothing is written.
 */
public final class ImportMapper {

    private ImportMapper() {
    }

    public static UserDataExport toDomain(ExportJson file, UserId owner, Username fallbackUsername, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        if (file.formatVersion() == null || file.formatVersion() != UserDataExport.FORMAT_VERSION) {
            violations.add(new FieldViolation("formatVersion", "unsupported",
                    "must be " + UserDataExport.FORMAT_VERSION));
        }
        Username username = file.username() == null ? fallbackUsername
                : collect(violations, "", () -> new Username(file.username()));
        UserSettings settings = collect(violations, "settings", () -> settings(file.settings()));

        List<UserDataExport.HabitData> habits = new ArrayList<>();
        Set<String> habitIds = new HashSet<>();
        List<ExportJson.Habit> fileHabits = file.habits() == null ? List.of() : file.habits();
        for (int i = 0; i < fileHabits.size(); i++) {
            ExportJson.Habit h = fileHabits.get(i);
            String path = "habits[" + i + "]";
            if (h == null) {
                violations.add(new FieldViolation(path, "required", "must not be null"));
                continue;
            }
            UserDataExport.HabitData data = collect(violations, path, () -> habit(h, owner, now));
            if (data != null) {
                if (!habitIds.add(data.habit().id().toString())) {
                    violations.add(new FieldViolation(path + ".id", "duplicate", "appears twice in the file"));
                }
                habits.add(data);
            }
        }

        List<Pause> pauses = new ArrayList<>();
        List<PauseJson> filePauses = file.pauses() == null ? List.of() : file.pauses();
        for (int i = 0; i < filePauses.size(); i++) {
            PauseJson p = filePauses.get(i);
            String path = "pauses[" + i + "]";
            if (p == null) {
                violations.add(new FieldViolation(path, "required", "must not be null"));
                continue;
            }
            if (p.habitId() != null && !habitIds.contains(p.habitId().toLowerCase(java.util.Locale.ROOT))) {
                violations.add(new FieldViolation(path + ".habitId", "unknown", "does not name a habit in this file"));
                continue;
            }
            Pause pause = collect(violations, path, () -> new Pause(new PauseId(uuid(p.id(), "id")), owner,
                    Optional.ofNullable(p.habitId()).map(id -> new HabitId(uuid(id, "habitId"))),
                    p.from(), p.to()));
            if (pause != null) {
                pauses.add(pause);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new UserDataExport(file.formatVersion(), file.exportedAt() == null ? now : file.exportedAt(),
                username, settings, habits, pauses);
    }

    private static UserSettings settings(ExportJson.Settings s) {
        Required.of(s, "");
        ZoneId zone = TimeZones.parse(Required.of(s.timeZone(), "timeZone"), "timeZone");
        return new UserSettings(zone, s.dayStartHour() == null ? 0 : s.dayStartHour(),
                s.weekStart() == null ? java.time.DayOfWeek.MONDAY : s.weekStart());
    }

    private static UserDataExport.HabitData habit(ExportJson.Habit h, UserId owner, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        HabitId id = new HabitId(uuid(h.id(), "id"));
        Habit habit = collect(violations, "", () -> new Habit(id, owner, Required.of(h.name(), "name"),
                h.description() == null ? "" : h.description(), new HexColor(Required.of(h.color(), "color")),
                Optional.ofNullable(h.emoji()), Required.of(h.schedule(), "schedule").toDomain(),
                h.goal() == null ? new Goal.YesNo() : h.goal().toDomain(), Required.of(h.startDate(), "startDate"),
                h.commitmentDays() == null ? OptionalInt.empty() : OptionalInt.of(h.commitmentDays()),
                Boolean.TRUE.equals(h.archived()), h.position() == null ? 0 : h.position(),
                h.createdAt() == null ? now : h.createdAt()));
        List<CheckIn> checkIns = new ArrayList<>();
        List<CheckInJson> fileCheckIns = h.checkins() == null ? List.of() : h.checkins();
        Set<java.time.LocalDate> days = new HashSet<>();
        for (int i = 0; i < fileCheckIns.size(); i++) {
            CheckInJson c = fileCheckIns.get(i);
            String path = "checkins[" + i + "]";
            CheckIn checkIn = collect(violations, path, () -> new CheckIn(id, Required.of(c, "").day(),
                    Required.of(c.status(), "status"), Optional.ofNullable(c.amount()),
                    c.note() == null ? "" : c.note()));
            if (checkIn != null && !days.add(checkIn.day())) {
                violations.add(new FieldViolation(path + ".day", "duplicate", "one check-in per day"));
            }
            if (checkIn != null) {
                checkIns.add(checkIn);
            }
        }
        List<Milestone> milestones = new ArrayList<>();
        List<StatisticsJson.MilestoneJson> fileMilestones = h.milestones() == null ? List.of() : h.milestones();
        for (int i = 0; i < fileMilestones.size(); i++) {
            StatisticsJson.MilestoneJson m = fileMilestones.get(i);
            Milestone milestone = collect(violations, "milestones[" + i + "]",
                    () -> new Milestone(Required.of(Required.of(m, "").kind(), "kind"),
                            Required.of(m.reachedOn(), "reachedOn")));
            if (milestone != null) {
                milestones.add(milestone);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new UserDataExport.HabitData(habit, checkIns, milestones);
    }

    private static UUID uuid(String value, String field) {
        Required.of(value, field);
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "format", "must be a UUID");
        }
    }

    /** Runs one mapping; its violations join the list under {@code prefix} and the result is null. */
    private static <T> T collect(List<FieldViolation> violations, String prefix, Supplier<T> mapping) {
        try {
            return mapping.get();
        } catch (InvalidInputException e) {
            for (FieldViolation v : e.violations()) {
                String field = prefix.isEmpty() ? v.field() : v.field().isEmpty() ? prefix : prefix + "." + v.field();
                violations.add(new FieldViolation(field, v.code(), v.message()));
            }
            return null;
        }
    }
}
