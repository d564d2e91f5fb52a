package org.habittracker.adapters.lambda.format.export;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import org.habittracker.adapters.lambda.json.FieldErrors;
import org.habittracker.adapters.lambda.json.GoalReader;
import org.habittracker.adapters.lambda.json.JsonFields.Need;
import org.habittracker.adapters.lambda.json.JsonFields;
import org.habittracker.adapters.lambda.json.JsonValues;
import org.habittracker.adapters.lambda.json.Paths;
import org.habittracker.adapters.lambda.json.ReminderReader;
import org.habittracker.adapters.lambda.json.ScheduleReader;
import org.habittracker.adapters.lambda.json.TimeZones;
import org.habittracker.application.port.in.data.UserDataExport;
import org.habittracker.application.port.in.data.UserDataExport;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.CheckInStatus;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.checkin.PauseId;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.habit.HexColor;
import org.habittracker.domain.habit.Schedule;
import org.habittracker.domain.progress.Milestone;
import org.habittracker.domain.reminder.Reminder;
import org.habittracker.domain.progress.MilestoneKind;
import org.habittracker.domain.shared.Amounts;
import org.habittracker.domain.user.UserId;
import org.habittracker.domain.user.UserSettings;
import org.habittracker.domain.user.Username;

/**
 * Turns an uploaded export ({@link ExportJson} is its shape) into domain values, reading on past every fault and
 * naming each by its path in the file ({@code habits[2].schedule.times}), so one answer names them all and
 * nothing is written.
 */
public final class ImportMapper {

    private static final Set<String> ROOT = Set.of("formatVersion", "exportedAt", "username", "settings", "habits",
            "pauses");
    private static final Set<String> SETTINGS = Set.of("timeZone", "dayStartHour", "weekStart");
    private static final Set<String> HABIT = Set.of("id", "name", "description", "color", "emoji", "schedule", "goal",
            "startDate", "commitmentDays", "position", "archived", "createdAt", "checkins", "milestones", "reminder");
    private static final Set<String> REMINDER = Set.of("time", "days");
    private static final Set<String> CHECK_IN = Set.of("day", "status", "amount", "note");
    private static final Set<String> MILESTONE = Set.of("kind", "reachedOn");
    private static final Set<String> PAUSE = Set.of("id", "habitId", "from", "to");

    private ImportMapper() {
    }

    /** @throws org.habittracker.domain.shared.InvalidInputException naming every fault in the file */
    public static UserDataExport toDomain(JsonFields file, UserId owner, Username fallbackUsername, Instant now) {
        FieldErrors errors = file.errors();
        file.allowOnly(ROOT);
        Optional<Integer> version = file.integer("formatVersion", Need.OPTIONAL);
        if (version.isEmpty() && !errors.covers("formatVersion")
                || version.isPresent() && !UserDataExport.supports(version.get())) {
            errors.add("formatVersion", "unsupported",
                    "must be " + UserDataExport.OLDEST_FORMAT_VERSION + " to " + UserDataExport.FORMAT_VERSION);
        }
        Instant exportedAt = file.instant("exportedAt", Need.OPTIONAL).orElse(now);
        Username username = file.text("username", Need.OPTIONAL)
                .flatMap(name -> errors.attempt("", () -> new Username(name))).orElse(fallbackUsername);
        UserSettings settings = file.object("settings", Need.REQUIRED).flatMap(ImportMapper::settings).orElse(null);

        List<UserDataExport.HabitData> habits = new ArrayList<>();
        Set<HabitId> habitIds = new HashSet<>();
        for (JsonValues.Element element : file.array("habits", Need.OPTIONAL).orElse(List.of())) {
            required(file, element).flatMap(habit -> habit(habit, owner, now)).ifPresent(data -> {
                if (!habitIds.add(data.habit().id())) {
                    errors.add(Paths.join(element.path(), "id"), "duplicate", "appears twice in the file");
                }
                habits.add(data);
            });
        }
        List<Pause> pauses = new ArrayList<>();
        for (JsonValues.Element element : file.array("pauses", Need.OPTIONAL).orElse(List.of())) {
            required(file, element).flatMap(pause -> pause(pause, owner, habitIds)).ifPresent(pauses::add);
        }
        errors.throwIfAny();
        return new UserDataExport(UserDataExport.FORMAT_VERSION, exportedAt, username, settings, habits, pauses);
    }

    /**
     * Where the import use case's own findings point in the file: it names check-ins {@code checkIns[j]} and a
     * habit's id {@code habit.id}; the file says {@code checkins[j]} and {@code id}.
     */
    public static String fileField(String useCaseField) {
        return useCaseField.replace(".checkIns[", ".checkins[").replace(".habit.id", ".id");
    }

    private static Optional<JsonFields> required(JsonFields parent, JsonValues.Element element) {
        if (JsonValues.absent(element.node())) {
            parent.errors().add(element.path(), "required", "must not be null");
            return Optional.empty();
        }
        return parent.values().object(element.node(), element.path());
    }

    private static Optional<UserSettings> settings(JsonFields s) {
        s.allowOnly(SETTINGS);
        int before = s.errors().count();
        Optional<ZoneId> zone = s.text("timeZone", Need.REQUIRED)
                .flatMap(name -> s.errors().attempt(s.path(), () -> TimeZones.parse(name, "timeZone")));
        int dayStartHour = s.integer("dayStartHour", Need.OPTIONAL).orElse(0);
        DayOfWeek weekStart = s.constant("weekStart", DayOfWeek.class, Need.OPTIONAL).orElse(DayOfWeek.MONDAY);
        if (s.errors().count() > before) {
            return Optional.empty();
        }
        return s.errors().attempt(s.path(), () -> new UserSettings(zone.orElseThrow(), dayStartHour, weekStart));
    }

    private static Optional<UserDataExport.HabitData> habit(JsonFields h, UserId owner, Instant now) {
        h.allowOnly(HABIT);
        FieldErrors errors = h.errors();
        String at = h.path();
        int before = errors.count();
        Optional<HabitId> id = h.uuid("id", "a UUID", Need.REQUIRED).map(HabitId::new);
        Optional<String> name = h.text("name", Need.REQUIRED);
        name.ifPresent(n -> errors.attempt(at, () -> Habit.checkName(n)));
        String description = h.text("description", Need.OPTIONAL).orElse("");
        errors.attempt(at, () -> Habit.checkDescription(description));
        Optional<HexColor> color = h.text("color", Need.REQUIRED).flatMap(c -> errors.attempt(at, () -> new HexColor(c)));
        Optional<String> emoji = h.text("emoji", Need.OPTIONAL);
        emoji.ifPresent(e -> errors.attempt(at, () -> Habit.checkEmoji(e)));
        Optional<Schedule> schedule = ScheduleReader.read(h, Need.REQUIRED);
        Optional<Goal> goal = h.present("goal") && !h.isNull("goal") ? GoalReader.read(h, Need.OPTIONAL)
                : Optional.of(new Goal.YesNo());
        Optional<LocalDate> startDate = h.date("startDate", Need.REQUIRED)
                .flatMap(day -> errors.attempt(at, () -> Habit.checkStartDate(day)));
        Optional<Integer> commitment = h.integer("commitmentDays", Need.OPTIONAL);
        commitment.ifPresent(days -> errors.attempt(at, () -> Habit.checkCommitmentDays(days)));
        int position = h.integer("position", Need.OPTIONAL).orElse(0);
        errors.attempt(at, () -> Habit.checkPosition(position));
        boolean archived = h.bool("archived", Need.OPTIONAL).orElse(false);
        Instant createdAt = h.instant("createdAt", Need.OPTIONAL).orElse(now);
        List<CheckIn> checkIns = checkIns(h, id.orElse(new HabitId(new UUID(0, 0))));
        List<Milestone> milestones = milestones(h);
        HabitId reminderOf = id.orElse(new HabitId(new UUID(0, 0)));
        Optional<Reminder> reminder = h.object("reminder", Need.OPTIONAL)
                .flatMap(r -> ReminderReader.read(r.allowOnly(REMINDER), reminderOf));
        if (errors.count() > before) {
            return Optional.empty();
        }
        return errors.attempt(at, () -> new Habit(id.orElseThrow(), owner, name.orElseThrow(), description, color.orElseThrow(),
                emoji, schedule.orElseThrow(), goal.orElseThrow(), startDate.orElseThrow(),
                commitment.map(OptionalInt::of).orElseGet(OptionalInt::empty), archived, position, createdAt))
                .map(habit -> new UserDataExport.HabitData(habit, checkIns, milestones, reminder));
    }

    private static List<CheckIn> checkIns(JsonFields h, HabitId habitId) {
        List<CheckIn> checkIns = new ArrayList<>();
        Set<LocalDate> days = new HashSet<>();
        for (JsonValues.Element element : h.array("checkins", Need.OPTIONAL).orElse(List.of())) {
            required(h, element).flatMap(c -> checkIn(c, habitId)).ifPresent(checkIn -> {
                if (!days.add(checkIn.day())) {
                    h.errors().add(Paths.join(element.path(), "day"), "duplicate", "one check-in per day");
                }
                checkIns.add(checkIn);
            });
        }
        return checkIns;
    }

    private static Optional<CheckIn> checkIn(JsonFields c, HabitId habitId) {
        c.allowOnly(CHECK_IN);
        FieldErrors errors = c.errors();
        String at = c.path();
        int before = errors.count();
        Optional<LocalDate> day = c.date("day", Need.REQUIRED); // within the stored-day range (JsonValues.date)
        Optional<CheckInStatus> status = c.constant("status", CheckInStatus.class, Need.REQUIRED);
        Optional<BigDecimal> amount = c.decimal("amount", Need.OPTIONAL);
        amount.ifPresent(value -> errors.attempt(at, () -> Amounts.check(value, "amount")));
        String note = c.text("note", Need.OPTIONAL).orElse("");
        errors.attempt(at, () -> CheckIn.checkNote(note));
        if (errors.count() > before) {
            return Optional.empty();
        }
        return errors.attempt(at, () -> new CheckIn(habitId, day.orElseThrow(), status.orElseThrow(), amount, note));
    }

    private static List<Milestone> milestones(JsonFields h) {
        List<Milestone> milestones = new ArrayList<>();
        for (JsonValues.Element element : h.array("milestones", Need.OPTIONAL).orElse(List.of())) {
            required(h, element).ifPresent(m -> {
                m.allowOnly(MILESTONE);
                Optional<MilestoneKind> kind = m.constant("kind", MilestoneKind.class, Need.REQUIRED);
                Optional<LocalDate> reachedOn = m.date("reachedOn", Need.REQUIRED);
                if (kind.isPresent() && reachedOn.isPresent()) {
                    milestones.add(new Milestone(kind.get(), reachedOn.get()));
                }
            });
        }
        return milestones;
    }

    private static Optional<Pause> pause(JsonFields p, UserId owner, Set<HabitId> habitIds) {
        p.allowOnly(PAUSE);
        FieldErrors errors = p.errors();
        int before = errors.count();
        // The file's pause id ties nothing together: an import makes a new one, so it may be left out.
        UUID id = p.uuid("id", "a UUID", Need.OPTIONAL).orElseGet(UUID::randomUUID);
        Optional<HabitId> habitId = p.uuid("habitId", "a UUID", Need.OPTIONAL).map(HabitId::new);
        if (habitId.isPresent() && !habitIds.contains(habitId.get())) {
            errors.add(p.at("habitId"), "unknown", "does not name a habit in this file");
        }
        Optional<LocalDate> from = p.date("from", Need.REQUIRED);
        Optional<LocalDate> to = p.date("to", Need.REQUIRED);
        if (errors.count() > before) {
            return Optional.empty();
        }
        return errors.attempt(p.path(),
                () -> new Pause(new PauseId(id), owner, habitId, from.orElseThrow(), to.orElseThrow()));
    }
}
