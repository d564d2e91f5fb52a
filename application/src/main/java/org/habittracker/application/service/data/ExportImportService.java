package org.habittracker.application.service.data;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.habittracker.application.error.LimitExceededException;
import org.habittracker.application.port.in.data.ExportImportUseCase;
import org.habittracker.application.port.in.data.ImportOptions;
import org.habittracker.application.port.in.data.ImportPreview;
import org.habittracker.application.port.in.data.ImportReport;
import org.habittracker.application.port.in.data.UserDataExport;
import org.habittracker.application.port.in.data.UserDataExport.HabitData;
import org.habittracker.application.port.out.CheckInRepository;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.IdGenerator;
import org.habittracker.application.port.out.MilestoneRepository;
import org.habittracker.application.port.out.PauseRepository;
import org.habittracker.application.port.out.ReminderRepository;
import org.habittracker.application.port.out.UserRepository;
import org.habittracker.application.service.habit.ManageHabitsService;
import org.habittracker.application.service.reminder.ReminderRescheduling;
import org.habittracker.application.service.shared.OwnerWrites;
import org.habittracker.application.service.shared.ProgressAnalyser;
import org.habittracker.application.service.shared.UserDays;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.CheckInRules;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.checkin.PauseId;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.reminder.Reminder;
import org.habittracker.domain.reminder.ReminderSchedule;
import org.habittracker.domain.shared.FieldViolation;
import org.habittracker.domain.shared.InvalidInputException;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;
import org.habittracker.domain.user.UserSettings;

/**
 * All of a user's data out, and such data in. Import checks everything before it writes anything, then
 * writes it all in one transaction: habits and pauses get new ids and the importing owner, check-ins and
 * pauses follow their habits, and the imported habits go after the owner's own on the board. A preview runs
 * the same checks and says what the import would do ({@link SameHabit} decides which habits are already here).
 * Skipping those leaves out their check-ins and pauses too, and the pauses of all habits the owner has already.
 */
public final class ExportImportService implements ExportImportUseCase {
    private final UserRepository users;
    private final HabitRepository habits;
    private final CheckInRepository checkIns;
    private final PauseRepository pauses;
    private final MilestoneRepository milestones;
    private final ReminderRepository reminders;
    private final ReminderRescheduling rescheduling;
    private final UserDays userDays;
    private final OwnerWrites writes;
    private final ProgressAnalyser analyser;
    private final Clock clock;
    private final IdGenerator ids;

    public ExportImportService(UserRepository users, HabitRepository habits, CheckInRepository checkIns,
            PauseRepository pauses, MilestoneRepository milestones, ReminderRepository reminders,
            ReminderRescheduling rescheduling, UserDays userDays, OwnerWrites writes, ProgressAnalyser analyser,
            Clock clock, IdGenerator ids) {
        this.users = users;
        this.habits = habits;
        this.checkIns = checkIns;
        this.pauses = pauses;
        this.milestones = milestones;
        this.reminders = reminders;
        this.rescheduling = rescheduling;
        this.userDays = userDays;
        this.writes = writes;
        this.analyser = analyser;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public UserDataExport export(UserId ownerId) {
        User owner = userDays.owner(ownerId);
        Map<HabitId, List<CheckIn>> all = checkIns.findAllByOwner(ownerId);
        Map<HabitId, Reminder> reminded = new HashMap<>();
        reminders.findAll(ownerId).forEach(r -> reminded.put(r.habitId(), r.withoutSnooze()));
        List<HabitData> habitData = habits.findAll(ownerId).stream()
                .map(habit -> new HabitData(habit, all.getOrDefault(habit.id(), List.of()),
                        milestones.findByHabit(ownerId, habit.id()), Optional.ofNullable(reminded.get(habit.id()))))
                .toList();
        return new UserDataExport(UserDataExport.FORMAT_VERSION, clock.instant(), owner.username(),
                owner.settings(), habitData, pauses.findAll(ownerId));
    }

    @Override
    public ImportPreview preview(UserId ownerId, UserDataExport data) {
        User owner = userDays.owner(ownerId);
        if (data != null && data.settings() != null) {
            // Either answer to the settings question may follow: judge days by the later today of the two,
            // so the preview refuses nothing that one of them would take.
            LocalDate yours = today(owner.settings());
            LocalDate files = today(data.settings());
            check(data, yours.isAfter(files) ? yours : files);
        } else {
            check(data, today(owner.settings()));
        }
        List<Habit> existing = habits.findAll(ownerId);
        List<Optional<HabitId>> alreadyHere = SameHabit.alreadyHere(incoming(data), existing);
        checkLimit(existing.size(), alreadyHere.stream().filter(Optional::isEmpty).count());
        List<ImportPreview.HabitPreview> previews = new ArrayList<>();
        for (int i = 0; i < data.habits().size(); i++) {
            previews.add(new ImportPreview.HabitPreview(data.habits().get(i).habit().name(), alreadyHere.get(i)));
        }
        int checkInCount = data.habits().stream().mapToInt(h -> h.checkIns().size()).sum();
        return new ImportPreview(previews, checkInCount, data.pauses().size(),
                SettingChanges.between(owner.settings(), data.settings()));
    }

    @Override
    public ImportReport importData(UserId ownerId, UserDataExport data, ImportOptions options) {
        User owner = userDays.owner(ownerId);
        UserSettings settings = switch (options.settings()) {
            case KEEP -> owner.settings();
            case REPLACE -> data == null || data.settings() == null ? owner.settings() : data.settings();
        };
        check(data, today(settings));
        return writes.write(ownerId, () -> write(owner.withSettings(settings), data, options.duplicates()));
    }

    private LocalDate today(UserSettings settings) {
        return settings.userDay().dayOf(clock.instant());
    }

    /** @param today the owner's today under the settings the import leaves: no check-in may come after it */
    private void check(UserDataExport data, LocalDate today) {
        if (data == null) {
            throw InvalidInputException.of("data", "required", "is required");
        }
        List<FieldViolation> violations = violations(data, today);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static List<Habit> incoming(UserDataExport data) {
        return data.habits().stream().map(HabitData::habit).toList();
    }

    private static void checkLimit(int existing, long added) {
        if (existing + added > ManageHabitsService.MAX_HABITS) {
            throw new LimitExceededException("habits", ManageHabitsService.MAX_HABITS, "the import would make "
                    + (existing + added) + " habits; at most " + ManageHabitsService.MAX_HABITS);
        }
    }

    /** Every problem with the data, each named by its path ({@code habits[2].checkIns[5].day}). */
    private List<FieldViolation> violations(UserDataExport data, LocalDate today) {
        List<FieldViolation> violations = new ArrayList<>();
        if (!UserDataExport.supports(data.formatVersion())) {
            violations.add(new FieldViolation("formatVersion", "unsupported",
                    "must be " + UserDataExport.OLDEST_FORMAT_VERSION + " to " + UserDataExport.FORMAT_VERSION));
        }
        if (data.settings() == null) {
            violations.add(new FieldViolation("settings", "required", "is required"));
        }
        if (data.habits() == null) {
            violations.add(new FieldViolation("habits", "required", "is required"));
        }
        if (data.pauses() == null) {
            violations.add(new FieldViolation("pauses", "required", "is required"));
        }
        if (!violations.isEmpty()) {
            return violations;
        }
        Set<HabitId> habitIds = new HashSet<>();
        for (int i = 0; i < data.habits().size(); i++) {
            violations.addAll(habitViolations(data.habits().get(i), "habits[" + i + "].", today, habitIds));
        }
        for (int k = 0; k < data.pauses().size(); k++) {
            Pause pause = data.pauses().get(k);
            if (pause == null) {
                violations.add(new FieldViolation("pauses[" + k + "]", "required", "is required"));
            } else if (pause.habitId().filter(id -> !habitIds.contains(id)).isPresent()) {
                violations.add(new FieldViolation("pauses[" + k + "].habitId", "unknown",
                        "must be the id of a habit in the data"));
            }
        }
        return violations;
    }

    private static List<FieldViolation> habitViolations(HabitData data, String prefix, LocalDate today,
            Set<HabitId> habitIds) {
        List<FieldViolation> violations = new ArrayList<>();
        if (data == null || data.habit() == null || data.checkIns() == null || data.milestones() == null
                || data.reminder() == null) {
            violations.add(new FieldViolation(prefix.substring(0, prefix.length() - 1), "required",
                    "needs a habit, its check-ins and its milestones"));
            return violations;
        }
        Habit habit = data.habit();
        if (!habitIds.add(habit.id())) {
            violations.add(new FieldViolation(prefix + "habit.id", "duplicate", "appears twice in the data"));
        }
        Set<LocalDate> days = new HashSet<>();
        for (int j = 0; j < data.checkIns().size(); j++) {
            CheckIn checkIn = data.checkIns().get(j);
            String at = prefix + "checkIns[" + j + "].";
            if (checkIn == null) {
                violations.add(new FieldViolation(at.substring(0, at.length() - 1), "required", "is required"));
                continue;
            }
            if (!checkIn.habitId().equals(habit.id())) {
                violations.add(new FieldViolation(at + "habitId", "mismatch", "must be the id of its habit"));
            }
            if (!days.add(checkIn.day())) {
                violations.add(new FieldViolation(at + "day", "duplicate", "has a check-in already"));
            }
            for (FieldViolation v : CheckInRules.violations(checkIn, habit.goal(), today)) {
                violations.add(new FieldViolation(at + v.field(), v.code(), v.message()));
            }
        }
        return violations;
    }

    /** @param owner the owner with the settings the import leaves them */
    private ImportReport write(User owner, UserDataExport data, ImportOptions.Duplicates duplicates) {
        UserId ownerId = owner.id();
        List<Habit> existing = habits.findAll(ownerId);
        List<Optional<HabitId>> alreadyHere = switch (duplicates) {
            case SKIP -> SameHabit.alreadyHere(incoming(data), existing);
            case COPY -> data.habits().stream().map(h -> Optional.<HabitId>empty()).toList();
        };
        List<HabitData> taken = new ArrayList<>();
        for (int i = 0; i < data.habits().size(); i++) {
            if (alreadyHere.get(i).isEmpty()) {
                taken.add(data.habits().get(i));
            }
        }
        checkLimit(existing.size(), taken.size());
        users.updateSettings(ownerId, owner.settings());
        rescheduling.afterSettingsChange(ownerId, owner.settings());
        int nextPosition = existing.stream().mapToInt(Habit::position).max().orElse(-1) + 1;
        Map<HabitId, HabitId> newIds = new HashMap<>();
        List<Habit> imported = new ArrayList<>();
        int checkInCount = 0;
        for (HabitData item : taken) {
            Habit source = item.habit();
            HabitId newId = new HabitId(ids.newId());
            newIds.put(source.id(), newId);
            Habit copy = new Habit(newId, ownerId, source.name(), source.description(), source.color(),
                    source.emoji(), source.schedule(), source.goal(), source.startDate(), source.commitmentDays(),
                    source.archived(), nextPosition++, source.createdAt());
            habits.add(copy);
            imported.add(copy);
            for (CheckIn checkIn : item.checkIns()) {
                checkIns.upsert(ownerId, new CheckIn(newId, checkIn.day(), checkIn.status(), checkIn.amount(),
                        checkIn.note()));
                checkInCount++;
            }
            milestones.recordNew(ownerId, newId, item.milestones());
            item.reminder().map(r -> Reminder.of(newId, r.time(), r.days())).ifPresent(r -> reminders.save(ownerId, r,
                    ReminderSchedule.next(r, owner.settings().userDay(), clock.instant())));
        }
        List<Pause> ownPauses = duplicates == ImportOptions.Duplicates.SKIP ? pauses.findAll(ownerId) : List.of();
        int pauseCount = 0;
        for (Pause pause : data.pauses()) {
            boolean ofSkippedHabit = pause.habitId().filter(id -> !newIds.containsKey(id)).isPresent();
            boolean allHabitsAlreadyHere = pause.habitId().isEmpty() && ownPauses.stream().anyMatch(own ->
                    own.habitId().isEmpty() && own.from().equals(pause.from()) && own.to().equals(pause.to()));
            if (ofSkippedHabit || allHabitsAlreadyHere) {
                continue;
            }
            pauses.add(new Pause(new PauseId(ids.newId()), ownerId, pause.habitId().map(newIds::get), pause.from(),
                    pause.to()));
            pauseCount++;
        }
        // Data from elsewhere (Loop's export has none) may lack the milestones its history reached: record
        // them now, in the importer's settings; those carried in the data keep their first day.
        analyser.recordMilestones(owner, imported, owner.settings().userDay().dayOf(clock.instant()));
        int milestoneCount = imported.stream().mapToInt(habit -> milestones.findByHabit(ownerId, habit.id()).size())
                .sum();
        return new ImportReport(taken.size(), checkInCount, pauseCount, milestoneCount,
                data.habits().size() - taken.size());
    }
}
