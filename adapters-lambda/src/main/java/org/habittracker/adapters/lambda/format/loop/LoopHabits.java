package org.habittracker.adapters.lambda.format.loop;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.habittracker.adapters.lambda.json.FieldErrors;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HexColor;
import org.habittracker.domain.habit.Schedule;
import org.habittracker.domain.shared.Amounts;

/**
 * Loop's {@code Habits.csv}: one row per habit, columns found by their header, as the versions of Loop have
 * written them:
 * <pre>
 * Position,Name,Type,Question,Description,FrequencyNumerator,FrequencyDenominator,Color,Unit,Target Type,Target Value,Archived?
 * Position,Name,Question,Description,NumRepetitions,Interval,Color          (before numerical habits)
 * Position,Name,Description,NumRepetitions,Interval,Color                   (before questions)
 * </pre>
 * Other columns are ignored. How each maps:
 * <ul>
 * <li>{@code Position} ({@code 001}) orders the habits and names the habit's folder ({@code 001 Meditate/}).</li>
 * <li>{@code FrequencyNumerator}/{@code FrequencyDenominator}: n times in any m days, a rolling window, so
 * {@code timesPerWindow(n, m)}; n = m (1/1, 7/7) is {@code daily}.</li>
 * <li>{@code Type} {@code YES_NO} is a yes/no goal; {@code NUMERICAL} a measured one: {@code Target Value} (a
 * decimal such as {@code 20.0}), {@code Unit}, {@code Target Type} {@code AT_LEAST} or {@code AT_MOST}.</li>
 * <li>{@code Question} and {@code Description} become the description (both, a blank line apart).</li>
 * <li>{@code Color} is {@code #RRGGBB} ({@link LoopPalette}); {@code Archived?} is {@code true}/{@code false}.</li>
 * </ul>
 */
final class LoopHabits {

    /** A habit as its row describes it; the rest (id, start, owner) is decided by {@link LoopImport}. */
    record Row(int line, String position, String name, String description, HexColor color, Schedule schedule,
            Goal goal, boolean archived) {

        boolean numerical() {
            return goal instanceof Goal.Measured;
        }
    }

    private static final List<String> POSITION = List.of("Position");
    private static final List<String> NAME = List.of("Name");
    private static final List<String> TYPE = List.of("Type");
    private static final List<String> QUESTION = List.of("Question");
    private static final List<String> DESCRIPTION = List.of("Description");
    private static final List<String> NUMERATOR = List.of("FrequencyNumerator", "NumRepetitions");
    private static final List<String> DENOMINATOR = List.of("FrequencyDenominator", "Interval");
    private static final List<String> COLOR = List.of("Color");
    private static final List<String> UNIT = List.of("Unit");
    private static final List<String> TARGET_TYPE = List.of("Target Type");
    private static final List<String> TARGET_VALUE = List.of("Target Value");
    private static final List<String> ARCHIVED = List.of("Archived?", "Archived");

    private LoopHabits() {
    }

    /** The habits in {@code Position} order; faults recorded by file, line and column. */
    static List<Row> read(CsvTable table, FieldErrors errors) {
        if (table.rows().isEmpty()) {
            errors.add(table.file(), "empty", "is empty: it must start with Loop's header line");
            return List.of();
        }
        Header header = new Header(table, table.rows().getFirst(), errors);
        for (List<String> required : List.of(POSITION, NAME, NUMERATOR, DENOMINATOR, COLOR)) {
            header.require(required);
        }
        if (!header.complete()) {
            return List.of();
        }
        Map<Integer, Row> byPosition = new TreeMap<>();
        Set<String> positions = new HashSet<>();
        for (CsvTable.Row row : table.rows().subList(1, table.rows().size())) {
            int before = errors.count();
            Optional<Row> habit = row(table, header, row, errors);
            if (habit.isPresent() && errors.count() == before) {
                if (!positions.add(habit.get().position())) {
                    errors.add(table.at(row, header.name(POSITION)), "duplicate", "appears twice in " + table.file());
                } else {
                    byPosition.put(Integer.parseInt(habit.get().position()), habit.get());
                }
            }
        }
        return new ArrayList<>(byPosition.values());
    }

    private static Optional<Row> row(CsvTable table, Header header, CsvTable.Row row, FieldErrors errors) {
        int before = errors.count();
        String position = header.cell(row, POSITION).strip();
        if (!position.matches("\\d{1,6}")) {
            errors.add(table.at(row, header.name(POSITION)), "format", "must be the habit's number, such as 001");
        }
        String nameCell = header.cell(row, NAME);
        CsvTable.check(errors, table.at(row, header.name(NAME)),
                () -> Habit.checkName(nameCell));
        String description = description(header.cell(row, QUESTION), header.cell(row, DESCRIPTION));
        CsvTable.check(errors, table.at(row, header.name(DESCRIPTION)),
                () -> Habit.checkDescription(description));
        Optional<HexColor> color = LoopPalette.colour(header.cell(row, COLOR)).map(HexColor::new);
        if (color.isEmpty()) {
            errors.add(table.at(row, header.name(COLOR)), "format",
                    "must be a colour like #00897B (or a Loop palette index, 0 to 19)");
        }
        Optional<Schedule> schedule = schedule(table, header, row, errors);
        Optional<Goal> goal = goal(table, header, row, errors);
        String archivedCell = header.cell(row, ARCHIVED).strip().toLowerCase(Locale.ROOT);
        if (!archivedCell.isEmpty() && !archivedCell.equals("true") && !archivedCell.equals("false")) {
            errors.add(table.at(row, header.name(ARCHIVED)), "format", "must be true or false");
        }
        if (errors.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new Row(row.line(), position, nameCell.strip(), description, color.orElseThrow(),
                schedule.orElseThrow(), goal.orElseThrow(), archivedCell.equals("true")));
    }

    /** Loop's question ("Did you meditate?") and its free description; either may be empty. */
    private static String description(String question, String description) {
        String q = question.strip();
        String d = description.strip();
        return q.isEmpty() ? d : d.isEmpty() ? q : q + "\n\n" + d;
    }

    private static Optional<Schedule> schedule(CsvTable table, Header header, CsvTable.Row row, FieldErrors errors) {
        String numeratorAt = table.at(row, header.name(NUMERATOR));
        String denominatorAt = table.at(row, header.name(DENOMINATOR));
        Optional<Integer> times = count(header.cell(row, NUMERATOR), numeratorAt, errors);
        Optional<Integer> days = count(header.cell(row, DENOMINATOR), denominatorAt, errors);
        if (times.isEmpty() || days.isEmpty()) {
            return Optional.empty();
        }
        if (times.get().equals(days.get())) {
            return Optional.of(new Schedule.Daily());
        }
        if (times.get() > days.get()) {
            errors.add(numeratorAt, "range", "must not be more than " + header.name(DENOMINATOR) + " (" + days.get()
                    + ")");
            return Optional.empty();
        }
        if (days.get() > Schedule.TimesPerWindow.MAX_DAYS) {
            errors.add(denominatorAt, "range", "must be at most " + Schedule.TimesPerWindow.MAX_DAYS + " days");
            return Optional.empty();
        }
        return CsvTable.check(errors, numeratorAt, () -> new Schedule.TimesPerWindow(times.get(), days.get()));
    }

    private static Optional<Integer> count(String cell, String at, FieldErrors errors) {
        String value = cell.strip();
        if (value.matches("\\d{1,4}") && Integer.parseInt(value) >= 1) {
            return Optional.of(Integer.parseInt(value));
        }
        errors.add(at, "format", "must be a whole number from 1");
        return Optional.empty();
    }

    private static Optional<Goal> goal(CsvTable table, Header header, CsvTable.Row row, FieldErrors errors) {
        String type = header.cell(row, TYPE).strip();
        if (type.isEmpty() || type.equals("YES_NO")) {
            return Optional.of(new Goal.YesNo());
        }
        if (!type.equals("NUMERICAL")) {
            errors.add(table.at(row, header.name(TYPE)), "unsupported",
                    "must be YES_NO or NUMERICAL (the habit types this app can import)");
            return Optional.empty();
        }
        int before = errors.count();
        String targetAt = table.at(row, header.name(TARGET_VALUE));
        Optional<BigDecimal> target = decimal(header.cell(row, TARGET_VALUE))
                .flatMap(value -> CsvTable.check(errors, targetAt, () -> Amounts.check(value, "target")));
        if (target.isEmpty() && errors.count() == before) {
            errors.add(targetAt, "format", "must be a number for a NUMERICAL habit, such as 20.0");
        }
        String unit = header.cell(row, UNIT).strip();
        CsvTable.check(errors, table.at(row, header.name(UNIT)),
                () -> Goal.Measured.checkUnit(unit));
        String direction = header.cell(row, TARGET_TYPE).strip();
        if (!direction.isEmpty() && !direction.equals("AT_LEAST") && !direction.equals("AT_MOST")) {
            errors.add(table.at(row, header.name(TARGET_TYPE)), "format", "must be AT_LEAST or AT_MOST");
        }
        if (errors.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new Goal.Measured(target.orElseThrow().stripTrailingZeros(), unit,
                direction.equals("AT_MOST") ? Goal.Direction.AT_MOST : Goal.Direction.AT_LEAST));
    }

    /** Loop writes a Kotlin {@code Double}: {@code 20.0}, or {@code 1.0E7} for large ones. */
    private static Optional<BigDecimal> decimal(String cell) {
        try {
            BigDecimal value = new BigDecimal(cell.strip());
            return value.abs().compareTo(BigDecimal.TEN.pow(12)) > 0 ? Optional.empty() : Optional.of(value);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The header line: which column holds what, by any of the names Loop has used for it. */
    private static final class Header {
        private final CsvTable table;
        private final CsvTable.Row row;
        private final FieldErrors errors;
        private boolean complete = true;

        Header(CsvTable table, CsvTable.Row row, FieldErrors errors) {
            this.table = table;
            this.row = row;
            this.errors = errors;
        }

        void require(List<String> names) {
            if (index(names) < 0) {
                errors.add(table.at(row, names.getFirst()), "missing",
                        "this column is missing from the header" + (names.size() > 1 ? " (or " + names.subList(1,
                                names.size()) + ")" : ""));
                complete = false;
            }
        }

        boolean complete() {
            return complete;
        }

        int index(List<String> names) {
            for (int i = 0; i < row.cells().size(); i++) {
                for (String name : names) {
                    if (row.cells().get(i).strip().equalsIgnoreCase(name)) {
                        return i;
                    }
                }
            }
            return -1;
        }

        /** The name the file uses for the column, for naming a cell. */
        String name(List<String> names) {
            int index = index(names);
            return index < 0 ? names.getFirst() : row.cells().get(index).strip();
        }

        String cell(CsvTable.Row data, List<String> names) {
            return table.cell(data, index(names), name(names), errors);
        }
    }
}
