package org.habittracker.adapters.lambda.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds zips shaped like Loop Habit Tracker's "Export as CSV": {@code Habits.csv} with Loop's header, a folder per
 * habit ({@code 001 Meditate/}) with {@code Checkmarks.csv} ({@code Date,Value,Notes}, newest first) and
 * {@code Scores.csv}, and the all-habits {@code Checkmarks.csv} and {@code Scores.csv} at the root. Raw entries
 * can be added to build broken ones.
 */
public final class LoopZip {

    public static final String HEADER = "Position,Name,Type,Question,Description,FrequencyNumerator,"
            + "FrequencyDenominator,Color,Unit,Target Type,Target Value,Archived?";

    private final List<String> habitRows = new ArrayList<>();
    private final Map<String, String> files = new LinkedHashMap<>();
    private String habitsHeader = HEADER;

    public static LoopZip export() {
        return new LoopZip();
    }

    /** A habit row as Loop writes it (quote cells with commas yourself); its folder gets the check-marks. */
    public LoopZip habit(String row, String folder, String... checkmarkRows) {
        habitRows.add(row);
        StringBuilder checkmarks = new StringBuilder("Date,Value,Notes\n");
        for (String line : checkmarkRows) {
            checkmarks.append(line).append('\n');
        }
        files.put(folder + "/Checkmarks.csv", checkmarks.toString());
        files.put(folder + "/Scores.csv", "Date,Score\n2026-11-22,0.1234\n");
        return this;
    }

    /** A habit listed in Habits.csv with no folder (not selected for the export). */
    public LoopZip habitWithoutFolder(String row) {
        habitRows.add(row);
        return this;
    }

    public LoopZip habitsHeader(String header) {
        this.habitsHeader = header;
        return this;
    }

    public LoopZip file(String name, String content) {
        files.put(name, content);
        return this;
    }

    public byte[] zip() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("Habits.csv", (habitsHeader + "\n" + String.join("\n", habitRows) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        files.forEach((name, content) -> entries.put(name, content.getBytes(StandardCharsets.UTF_8)));
        entries.putIfAbsent("Checkmarks.csv", "Date,\n".getBytes(StandardCharsets.UTF_8));
        entries.putIfAbsent("Scores.csv", "Date,\n".getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    /** Any entries, as given. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
