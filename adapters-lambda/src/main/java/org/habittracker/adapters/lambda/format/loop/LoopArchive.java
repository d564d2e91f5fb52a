package org.habittracker.adapters.lambda.format.loop;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.habittracker.domain.shared.InvalidInputException;

/**
 * The files of a Loop Habit Tracker CSV export that the import reads, taken out of the zip: {@code Habits.csv}
 * and each habit folder's {@code Checkmarks.csv} ({@code 001 Meditate/Checkmarks.csv}). Everything else (the
 * {@code Scores.csv} files, the all-habits {@code Checkmarks.csv}) is read past and dropped.
 *
 * <p>Untrusted input, so: at most {@link #MAX_ENTRIES} entries and {@link #MAX_EXPANDED_BYTES} inflated bytes in
 * all (counted as they inflate, whatever the headers claim: a zip bomb stops there); no entry name that could
 * leave a directory ({@code ..}, an absolute path, a drive, a backslash); no name twice. Nothing is written to
 * disk. The export may sit at the root of the zip, as Loop writes it, or in one folder, as re-zipping makes it.
 */
final class LoopArchive {

    static final String HABITS = "Habits.csv";
    static final String CHECKMARKS = "Checkmarks.csv";
    /** Loop writes two files per habit and three more: 500 habits make about a thousand. */
    static final int MAX_ENTRIES = 5_000;
    /** Ten years of daily check-ins for 500 habits, with their scores, stays well below this. */
    static final long MAX_EXPANDED_BYTES = 64L * 1024 * 1024;

    /** A habit folder and its {@code Checkmarks.csv}. */
    record Folder(String name, String path, byte[] checkmarks) {
    }

    private final String habitsPath;
    private final byte[] habits;
    private final List<Folder> folders;

    private LoopArchive(String habitsPath, byte[] habits, List<Folder> folders) {
        this.habitsPath = habitsPath;
        this.habits = habits;
        this.folders = List.copyOf(folders);
    }

    /** @throws InvalidInputException naming what is wrong with the archive (its field is the entry's name, or "") */
    static LoopArchive read(byte[] zip) {
        Map<String, byte[]> kept = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        long expanded = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw fault("", "the archive has more than " + MAX_ENTRIES + " entries");
                }
                String name = entry.getName();
                requireSafe(name);
                if (!names.add(name)) {
                    throw fault(name, "appears twice in the archive");
                }
                boolean keep = !entry.isDirectory() && wanted(name);
                ByteArrayOutputStream content = keep ? new ByteArrayOutputStream() : null;
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    expanded += n;
                    if (expanded > MAX_EXPANDED_BYTES) {
                        throw fault("", "the archive expands to more than " + MAX_EXPANDED_BYTES / (1024 * 1024)
                                + " MiB; a Loop export is far smaller");
                    }
                    if (keep) {
                        content.write(buffer, 0, n);
                    }
                }
                if (keep) {
                    kept.put(name, content.toByteArray());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // ZipException, a truncated archive, an entry name that is not valid in the archive's encoding. The
            // client gets a sentence; which of these it was stays with the request's log line (the cause).
            InvalidInputException unreadable = fault("", "is not a readable zip archive: it may be cut short or"
                    + " damaged; export it from Loop again");
            unreadable.initCause(e);
            throw unreadable;
        }
        if (entries == 0) {
            throw fault("", "is not a zip archive, or an empty one: send Loop's \"Export as CSV\" file");
        }
        return from(kept);
    }

    private static LoopArchive from(Map<String, byte[]> kept) {
        String base = kept.containsKey(HABITS) ? "" : onlyFolderWithHabits(kept);
        String habitsPath = base + HABITS;
        List<Folder> folders = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : kept.entrySet()) {
            String name = file.getKey();
            if (name.startsWith(base) && name.endsWith("/" + CHECKMARKS)) {
                String folder = name.substring(base.length(), name.length() - CHECKMARKS.length() - 1);
                if (!folder.isEmpty() && !folder.contains("/")) {
                    folders.add(new Folder(folder, name, file.getValue()));
                }
            }
        }
        return new LoopArchive(habitsPath, kept.get(habitsPath), folders);
    }

    /** Re-zipped exports hold one folder; more than one candidate is ambiguous. */
    private static String onlyFolderWithHabits(Map<String, byte[]> kept) {
        List<String> candidates = kept.keySet().stream()
                .filter(n -> n.endsWith("/" + HABITS) && n.indexOf('/') == n.length() - HABITS.length() - 1).toList();
        if (candidates.size() != 1) {
            throw fault(HABITS, candidates.isEmpty() ? "is missing: this is not a Loop Habit Tracker CSV export"
                    : "appears in several folders " + candidates + "; send one export");
        }
        String path = candidates.getFirst();
        return path.substring(0, path.length() - HABITS.length());
    }

    /** Habits.csv and Checkmarks.csv no deeper than a habit folder inside one wrapping folder. */
    private static boolean wanted(String name) {
        long depth = name.chars().filter(c -> c == '/').count();
        return depth <= 2 && (name.equals(HABITS) || name.endsWith("/" + HABITS) || name.endsWith("/" + CHECKMARKS));
    }

    /** A name that could land outside a directory it is extracted to is refused, though nothing is extracted. */
    private static void requireSafe(String name) {
        boolean unsafe = name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.chars().anyMatch(c -> c < 0x20);
        for (String segment : name.split("/")) {
            unsafe |= segment.equals("..") || segment.equals(".");
        }
        if (unsafe) {
            throw fault(name, "is not a safe name for a file in the archive");
        }
    }

    private static InvalidInputException fault(String field, String message) {
        return InvalidInputException.of(field, "archive", message);
    }

    String habitsPath() {
        return habitsPath;
    }

    Optional<byte[]> habits() {
        return Optional.ofNullable(habits);
    }

    List<Folder> folders() {
        return folders;
    }
}
