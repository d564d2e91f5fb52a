package org.habittracker.domain.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Picks the best streaks the way Loop's {@code StreakList.getBest} does. */
final class Streaks {
    /** How many best streaks the statistics list. */
    static final int BEST_LIMIT = 10;

    private static final Comparator<Streak> NEWEST_FIRST = Comparator.comparing(Streak::end).reversed();
    private static final Comparator<Streak> LONGEST_FIRST =
            Comparator.comparingInt(Streak::length).reversed().thenComparing(NEWEST_FIRST);

    private Streaks() {
    }

    /** The {@code limit} longest streaks (a tie goes to the newer one), listed newest first. */
    static List<Streak> best(List<Streak> streaks, int limit) {
        List<Streak> sorted = new ArrayList<>(streaks);
        sorted.sort(LONGEST_FIRST);
        List<Streak> best = new ArrayList<>(sorted.subList(0, Math.min(limit, sorted.size())));
        best.sort(NEWEST_FIRST);
        return List.copyOf(best);
    }
}
