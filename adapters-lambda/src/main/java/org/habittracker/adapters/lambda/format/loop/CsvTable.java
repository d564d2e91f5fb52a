package org.habittracker.adapters.lambda.format.loop;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.habittracker.adapters.lambda.json.FieldErrors;
import org.habittracker.adapters.lambda.json.StorableText;
import org.habittracker.domain.shared.InvalidInputException;

/**
 * One CSV file of the export, parsed with Commons CSV as RFC 4180 (what Loop's CSV writer produces: comma,
 * double quotes, doubled quotes inside), each row knowing the line it starts on in the file so that a fault is
 * named {@code Habits.csv:3:Color}. Text must be UTF-8 (a byte-order mark, as spreadsheets add, is dropped).
 */
final class CsvTable {

    /** One row: the line it starts on (1 is the first line of the file) and its cells. */
    record Row(int line, List<String> cells) {

        /** The cell at {@code index}, or "" when the row is shorter. */
        String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }
    }

    private final String file;
    private final List<Row> rows;

    private CsvTable(String file, List<Row> rows) {
        this.file = file;
        this.rows = List.copyOf(rows);
    }

    /** The table, or empty with the fault recorded (not UTF-8, or not CSV). */
    static Optional<CsvTable> parse(String file, byte[] content, FieldErrors errors) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            errors.add(file, "encoding", "is not UTF-8 text");
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int[] lineStarts = lineStarts(text);
        List<Row> rows = new ArrayList<>();
        CSVParser parser = null;
        try {
            parser = CSVFormat.DEFAULT.parse(new StringReader(text));
            for (CSVRecord record : parser) {
                rows.add(new Row(lineOf(lineStarts, record.getCharacterPosition()), record.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            long line = parser == null ? 1 : parser.getCurrentLineNumber();
            errors.add(file + ":" + Math.max(1, line), "csv", "is not valid CSV (a quote not closed, or text after a closing quote)");
            return Optional.empty();
        }
        return Optional.of(new CsvTable(file, rows));
    }

    String file() {
        return file;
    }

    List<Row> rows() {
        return rows;
    }

    /**
     * The cell of {@code row} in column {@code index} ("" when the row is shorter), as the import reads every cell
     * it keeps: text that cannot be stored ({@link StorableText}: a NUL, an unpaired surrogate) is a fault at
     * {@code Habits.csv:3:Name}. The cell comes back as it is, so that it adds no second fault; the import stops
     * on the first.
     */
    String cell(Row row, int index, String column, FieldErrors errors) {
        String cell = row.cell(index);
        StorableText.fault(cell).ifPresent(why -> errors.add(at(row, column), StorableText.CODE, why));
        return cell;
    }

    /** {@code Habits.csv:3:Color}: where a fault is. */
    String at(Row row, String column) {
        return file + ":" + row.line() + ":" + column;
    }

    /**
     * Runs a domain rule on a cell's value; its violations are recorded at the cell ({@code Habits.csv:3:Name}),
     * whatever field the domain named, since the cell is what the user can find and fix.
     */
    static <T> Optional<T> check(FieldErrors errors, String cell, Supplier<T> rule) {
        try {
            return Optional.ofNullable(rule.get());
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(cell, v.code(), v.message()));
            return Optional.empty();
        }
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** 1-based line of a character position. */
    private static int lineOf(int[] lineStarts, long position) {
        int found = Arrays.binarySearch(lineStarts, (int) position);
        return (found >= 0 ? found : -found - 2) + 1;
    }
}
