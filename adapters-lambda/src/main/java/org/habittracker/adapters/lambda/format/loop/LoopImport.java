package org.habittracker.adapters.lambda.format.loop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.habittracker.adapters.lambda.json.FieldErrors;
import org.habittracker.application.port.in.data.UserDataExport;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.shared.Dates;
import org.habittracker.domain.shared.FieldViolation;
import org.habittracker.domain.user.UserId;
import org.habittracker.domain.user.UserSettings;
import org.habittracker.domain.user.Username;

/**
 * A Loop Habit Tracker CSV export ({@code POST /api/import} with {@code Content-Type: application/zip}) read into
 * the data the import use case takes, the same all-or-nothing import as our own JSON. The zip
 * ({@link LoopArchive}), {@code Habits.csv} ({@link LoopHabits}) and each habit folder's {@code Checkmarks.csv}
 * ({@link LoopCheckmarks}) are read in full, every fault named by file, line and column
 * ({@code Habits.csv:3:Color}, {@code 001 Meditate/Checkmarks.csv:12:Value}); a single fault and nothing is written.
 *
 * <p>A habit starts on the earliest day its {@code Checkmarks.csv} lists (Loop keeps no start date), or today when
 * it has none. Habits keep their order, after the user's own. Loop lists every habit in {@code Habits.csv} but
 * writes folders only for the habits chosen for the export: a habit without a folder comes without history. The
 * user's settings stay as they are (Loop's are not in the export). Loop's scores are not read: this app works
 * out the same score from the check-ins.
 *
 * <p>Loop Habit Tracker is GPL-3.0; this reads the format its exporter writes and shares no code with it.
 */
public final class LoopImport {

    /** The data, and where each habit and check-in came from, to name the use case's own findings by file and line. */
    public record Parsed(UserDataExport data, List<Source> sources) {

        private static final Pattern CHECK_IN = Pattern.compile("habits\\[(\\d+)]\\.checkIns\\[(\\d+)]\\.(\\w+)");
        private static final Pattern HABIT = Pattern.compile("habits\\[(\\d+)](\\..*)?");

        /** {@code habits[1].checkIns[4].day} → {@code 002 Walk/Checkmarks.csv:6:Date}; other fields stay. */
        public FieldViolation inFiles(FieldViolation violation) {
            String field = violation.field();
            Matcher checkIn = CHECK_IN.matcher(field);
            if (checkIn.matches()) {
                Source source = sources.get(Integer.parseInt(checkIn.group(1)));
                int line = source.checkInLines().get(Integer.parseInt(checkIn.group(2)));
                String column = checkIn.group(3).equals("day") ? "Date" : "Value";
                return new FieldViolation(source.checkmarks() + ":" + line + ":" + column, violation.code(),
                        violation.message());
            }
            Matcher habit = HABIT.matcher(field);
            if (habit.matches()) {
                return new FieldViolation(sources.get(Integer.parseInt(habit.group(1))).habitRow(), violation.code(),
                        violation.message());
            }
            return violation;
        }
    }

    /** Where habit {@code i} of the data came from: its row ({@code Habits.csv:3}) and its check-ins' lines. */
    public record Source(String habitRow, String checkmarks, List<Integer> checkInLines) {
    }

    private static final Pattern FOLDER_NUMBER = Pattern.compile("(\\d+)( .*)?");

    private LoopImport() {
    }

    /**
     * @param settings the user's settings, which the import keeps; they also say which day is today
     * @throws org.habittracker.domain.shared.InvalidInputException naming every fault by file, line and column
     */
    public static Parsed read(byte[] zip, UserId owner, Username username, UserSettings settings, Instant now) {
        LoopArchive archive = LoopArchive.read(zip);
        FieldErrors errors = new FieldErrors();
        Optional<CsvTable> habitsTable = CsvTable.parse(archive.habitsPath(), archive.habits().orElseThrow(), errors);
        List<LoopHabits.Row> rows = habitsTable.map(table -> LoopHabits.read(table, errors)).orElse(List.of());
        Map<Integer, LoopArchive.Folder> folders = folders(archive, rows, errors);

        LocalDate today = settings.userDay().dayOf(now);
        List<UserDataExport.HabitData> habits = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (LoopHabits.Row row : rows) {
            String habitRow = archive.habitsPath() + ":" + row.line();
            LoopArchive.Folder folder = folders.get(Integer.parseInt(row.position()));
            LoopCheckmarks.Read marks = folder == null ? new LoopCheckmarks.Read(List.of(), Optional.empty())
                    : CsvTable.parse(folder.path(), folder.checkmarks(), errors)
                            .map(table -> LoopCheckmarks.read(table, row.numerical(), errors))
                            .orElseGet(() -> new LoopCheckmarks.Read(List.of(), Optional.empty()));
            LocalDate start = marks.earliest().filter(day -> !day.isBefore(Dates.EARLIEST)).orElse(today);
            HabitId id = new HabitId(UUID.randomUUID()); // ties the check-ins to it; the import gives it another
            Optional<Habit> habit = CsvTable.check(errors, habitRow, () -> new Habit(id, owner, row.name(),
                    row.description(), row.color(), Optional.empty(), row.schedule(), row.goal(), start,
                    OptionalInt.empty(), row.archived(), habits.size(), now));
            List<CheckIn> checkIns = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (LoopCheckmarks.Mark mark : marks.marks()) {
                CsvTable.check(errors, folder.path() + ":" + mark.line(),
                        () -> new CheckIn(id, mark.day(), mark.status(), mark.amount(), mark.note()))
                        .ifPresent(checkIn -> {
                            checkIns.add(checkIn);
                            lines.add(mark.line());
                        });
            }
            habit.ifPresent(h -> {
                habits.add(new UserDataExport.HabitData(h, checkIns, List.of()));
                sources.add(new Source(habitRow, folder == null ? archive.habitsPath() : folder.path(), lines));
            });
        }
        errors.throwIfAny();
        return new Parsed(new UserDataExport(UserDataExport.FORMAT_VERSION, now, username, settings, habits,
                List.of()), sources);
    }

    /** Each habit's folder by its number ({@code 001 Meditate} is habit 1); a folder of no habit is a fault. */
    private static Map<Integer, LoopArchive.Folder> folders(LoopArchive archive, List<LoopHabits.Row> rows,
            FieldErrors errors) {
        boolean habitsClean = errors.isEmpty();
        Map<Integer, LoopArchive.Folder> byNumber = new HashMap<>();
        for (LoopArchive.Folder folder : archive.folders()) {
            Matcher number = FOLDER_NUMBER.matcher(folder.name());
            Integer position = number.matches() && number.group(1).length() <= 6 ? Integer.valueOf(number.group(1))
                    : null;
            boolean known = position != null
                    && rows.stream().anyMatch(row -> Integer.parseInt(row.position()) == position);
            if (!known) {
                if (habitsClean) {
                    errors.add(folder.path(), "unknown",
                            "is not the folder of a habit in " + archive.habitsPath() + " (its Position)");
                }
            } else if (byNumber.putIfAbsent(position, folder) != null) {
                errors.add(folder.path(), "duplicate", "is a second folder for habit " + position);
            }
        }
        return byNumber;
    }
}
