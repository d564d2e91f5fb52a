package org.habittracker.application.service.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;

/**
 * The one home of "this habit of an import is already the owner's". A habit is already here when
 * <ol>
 * <li>its id is the id of one of the owner's habits: the file is the owner's own export (ids are UUIDs, unique
 * across accounts, so no one else's export carries them), or
 * <li>it has the name (trimmed, case aside), the schedule and the goal of one of the owner's habits: the file is
 * someone else's export, a second import of the same file (an import gives habits new ids), or Loop's export,
 * whose habits have no ids of ours.
 * </ol>
 * Each of the owner's habits stands for at most one habit of the file, ids matched first, so a file holding two
 * "Run" habits against the owner's one has one of them already here.
 */
final class SameHabit {

    private SameHabit() {
    }

    /** For each incoming habit, in order, the owner's habit it already is. */
    static List<Optional<HabitId>> alreadyHere(List<Habit> incoming, List<Habit> owners) {
        List<Habit> unmatched = new ArrayList<>(owners);
        List<Optional<HabitId>> matches = new ArrayList<>();
        for (Habit habit : incoming) {
            Optional<Habit> byId = unmatched.stream().filter(own -> own.id().equals(habit.id())).findFirst();
            byId.ifPresent(unmatched::remove);
            matches.add(byId.map(Habit::id));
        }
        for (int i = 0; i < incoming.size(); i++) {
            if (matches.get(i).isPresent()) {
                continue;
            }
            Habit habit = incoming.get(i);
            Optional<Habit> alike = unmatched.stream().filter(own -> alike(own, habit)).findFirst();
            alike.ifPresent(unmatched::remove);
            matches.set(i, alike.map(Habit::id));
        }
        return matches;
    }

    private static boolean alike(Habit a, Habit b) {
        return a.name().strip().equalsIgnoreCase(b.name().strip()) && a.schedule().equals(b.schedule())
                && sameGoal(a.goal(), b.goal());
    }

    /** Targets compare by value: an export's 25 and a Loop export's 25.000 are the same goal. */
    private static boolean sameGoal(Goal a, Goal b) {
        return switch (a) {
            case Goal.YesNo yesNo -> b instanceof Goal.YesNo;
            case Goal.Measured m -> b instanceof Goal.Measured other && m.target().compareTo(other.target()) == 0
                    && m.unit().equalsIgnoreCase(other.unit()) && m.direction() == other.direction();
        };
    }
}
