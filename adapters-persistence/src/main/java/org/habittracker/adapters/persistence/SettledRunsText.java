package org.habittracker.adapters.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.habittracker.domain.progress.SettledRuns;

/**
 * {@code habit_progress.settled_runs} as text (format in {@code V4__habit_progress_settled_runs.sql}): empty
 * for a checkpoint without settled runs.
 */
final class SettledRunsText {
    private static final HexFormat HEX = HexFormat.of();

    private SettledRunsText() {
    }

    static String format(Optional<SettledRuns> settled) {
        return settled.map(runs -> runs.readFrom() + ";" + runs.branches().stream()
                .map(b -> b.upTo() + ":" + b.streakBefore() + ":" + HEX.formatHex(b.marked().toByteArray()))
                .collect(Collectors.joining(";"))).orElse("");
    }

    static Optional<SettledRuns> parse(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = text.split(";");
        List<SettledRuns.Branch> branches = new ArrayList<>(parts.length - 1);
        for (int i = 1; i < parts.length; i++) {
            String[] fields = parts[i].split(":", -1);
            branches.add(new SettledRuns.Branch(Integer.parseInt(fields[0]), Integer.parseInt(fields[1]),
                    BitSet.valueOf(HEX.parseHex(fields[2]))));
        }
        return Optional.of(new SettledRuns(LocalDate.parse(parts[0]), branches));
    }
}
