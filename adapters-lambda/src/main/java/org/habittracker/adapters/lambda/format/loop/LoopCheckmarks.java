package org.habittracker.adapters.lambda.format.loop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.habittracker.adapters.lambda.json.FieldErrors;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.CheckInStatus;
import org.habittracker.domain.shared.Amounts;
import org.habittracker.domain.shared.Dates;

/**
 * A habit folder's {@code Checkmarks.csv}: a day per row, newest first, as Loop writes it:
 * {@code Date,Value,Notes} with a header (Loop 2.x), or {@code date,value} lines without one (older versions).
 * Values are Loop's entry states, by name or by number ({@code YES_MANUAL} 2, {@code YES_AUTO} 1, {@code NO} 0,
 * {@code SKIP} 3, {@code UNKNOWN} -1), or, for a numerical habit, the amount in thousandths ({@code 2500} is 2.5).
 *
 * <p>How they map (ARCHITECTURE.md §5; the product has "done" and "skipped", and a day without a check-in):
 * <ul>
 * <li>yes/no habit: {@code YES_MANUAL} is DONE; {@code SKIP} is SKIPPED; {@code YES_AUTO} (Loop's own filler for a
 * day the frequency did not ask for), {@code NO} and {@code UNKNOWN} make no check-in: this app works those days
 * out from the schedule itself.</li>
 * <li>numerical habit: a number n ≥ 0 is DONE with amount n/1000, zero included (what the user entered; an
 * at-most goal of 0 coffees is met by it); {@code SKIP} is SKIPPED; {@code UNKNOWN} (-1) makes none. Loop writes
 * the states' names in place of the numbers 0 to 3 for numerical habits too, so {@code NO}, {@code YES_AUTO} and
 * {@code YES_MANUAL} are read back as 0, 0.001 and 0.002.</li>
 * <li>{@code Notes} becomes the check-in's note; a note on a day that makes no check-in has nowhere to go.</li>
 * </ul>
 */
final class LoopCheckmarks {

    /** One day that becomes a check-in, and the line it came from. */
    record Mark(int line, LocalDate day, CheckInStatus status, Optional<BigDecimal> amount, String note) {
    }

    /** The check-ins, and the earliest day the file knows of (the habit's start). */
    record Read(List<Mark> marks, Optional<LocalDate> earliest) {
    }

    private static final Map<String, Long> STATES = Map.of("YES_MANUAL", 2L, "YES_AUTO", 1L, "NO", 0L, "SKIP", 3L,
            "UNKNOWN", -1L);
    private static final long YES_MANUAL = 2;
    private static final long SKIP = 3;
    private static final long UNKNOWN = -1;

    private LoopCheckmarks() {
    }

    static Read read(CsvTable table, boolean numerical, FieldErrors errors) {
        List<CsvTable.Row> rows = table.rows();
        boolean header = !rows.isEmpty() && rows.getFirst().cell(0).strip().equalsIgnoreCase("Date");
        List<String> columns = header ? rows.getFirst().cells().stream().map(String::strip).toList()
                : List.of("Date", "Value", "Notes");
        int date = indexOf(columns, "Date");
        int value = indexOf(columns, "Value");
        int notes = indexOf(columns, "Notes");
        if (date < 0 || value < 0) {
            errors.add(table.file() + ":1", "missing", "the header must name the columns Date and Value");
            return new Read(List.of(), Optional.empty());
        }
        List<Mark> marks = new ArrayList<>();
        Set<LocalDate> days = new HashSet<>();
        LocalDate earliest = null;
        for (CsvTable.Row row : header ? rows.subList(1, rows.size()) : rows) {
            if (row.cells().size() > columns.size()) {
                errors.add(table.file() + ":" + row.line(), "columns",
                        "has " + row.cells().size() + " cells; expected " + String.join(", ", columns));
                continue;
            }
            Optional<LocalDate> day = day(table.at(row, columns.get(date)), table.cell(row, date, columns.get(date), errors),
                    errors);
            if (day.isPresent() && !days.add(day.get())) {
                errors.add(table.at(row, columns.get(date)), "duplicate", "appears twice in " + table.file());
                continue;
            }
            if (day.isPresent() && (earliest == null || day.get().isBefore(earliest))) {
                earliest = day.get();
            }
            String noteAt = table.at(row, notes < 0 ? "Notes" : columns.get(notes));
            String note = notes < 0 ? "" : table.cell(row, notes, columns.get(notes), errors).strip();
            CsvTable.check(errors, noteAt, () -> CheckIn.checkNote(note));
            Optional<Mark> mark = mark(table.at(row, columns.get(value)),
                    table.cell(row, value, columns.get(value), errors), numerical, errors)
                    .flatMap(partial -> day.map(d -> new Mark(row.line(), d, partial.status(), partial.amount(), note)));
            mark.ifPresent(marks::add);
        }
        return new Read(marks, Optional.ofNullable(earliest));
    }

    private static int indexOf(List<String> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** A row's day, one the product stores ({@link Dates}): a far or early day is the row's fault. */
    private static Optional<LocalDate> day(String at, String cell, FieldErrors errors) {
        try {
            LocalDate day = LocalDate.parse(cell.strip());
            return CsvTable.check(errors, at, () -> Dates.storable(day, "day"));
        } catch (DateTimeParseException e) {
            errors.add(at, "format", "must be a date as yyyy-mm-dd");
            return Optional.empty();
        }
    }

    /** What a value makes: a check-in's status and amount, or nothing (a day left to the schedule). */
    private record Partial(CheckInStatus status, Optional<BigDecimal> amount) {
    }

    private static Optional<Partial> mark(String at, String cell, boolean numerical, FieldErrors errors) {
        String text = cell.strip().toUpperCase(Locale.ROOT);
        Long raw = STATES.get(text);
        if (raw == null && text.matches("-?\\d{1,15}")) {
            raw = Long.parseLong(text);
        }
        if (raw == null) {
            errors.add(at, "format", "must be YES_MANUAL, YES_AUTO, NO, SKIP, UNKNOWN or a number");
            return Optional.empty();
        }
        if (!numerical) {
            if (raw == YES_MANUAL) {
                return Optional.of(new Partial(CheckInStatus.DONE, Optional.empty()));
            }
            if (raw == SKIP) {
                return Optional.of(new Partial(CheckInStatus.SKIPPED, Optional.empty()));
            }
            if (raw >= UNKNOWN && raw < YES_MANUAL) {
                return Optional.empty();
            }
            errors.add(at, "format", "is not a value of a yes/no habit (YES_MANUAL, YES_AUTO, NO, SKIP or UNKNOWN)");
            return Optional.empty();
        }
        if (text.equals("SKIP")) {
            return Optional.of(new Partial(CheckInStatus.SKIPPED, Optional.empty()));
        }
        if (raw == UNKNOWN) {
            return Optional.empty();
        }
        if (raw < 0) {
            errors.add(at, "format", "must be an amount in thousandths (Loop's value × 1000), SKIP or UNKNOWN");
            return Optional.empty();
        }
        BigDecimal amount = BigDecimal.valueOf(raw, 3).stripTrailingZeros();
        return CsvTable.check(errors, at, () -> Amounts.check(amount, "amount"))
                .map(a -> new Partial(CheckInStatus.DONE, Optional.of(a.scale() < 0 ? a.setScale(0) : a)));
    }
}
