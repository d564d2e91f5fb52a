package org.habittracker.application.contract;

import java.math.BigDecimal;
import java.util.List;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.Habit;

/**
 * Makes values comparable after a round trip through a database: a {@code numeric} column may give back
 * {@code 20.000} for {@code 20}, which {@link BigDecimal#equals} tells apart. Amounts and targets are
 * compared by value, not by scale.
 */
public final class Normalise {
    private Normalise() {
    }

    public static BigDecimal number(BigDecimal value) {
        return value.stripTrailingZeros();
    }

    public static CheckIn checkIn(CheckIn c) {
        return new CheckIn(c.habitId(), c.day(), c.status(), c.amount().map(Normalise::number), c.note());
    }

    public static List<CheckIn> checkIns(List<CheckIn> checkIns) {
        return checkIns.stream().map(Normalise::checkIn).toList();
    }

    public static Habit habit(Habit h) {
        Goal goal = switch (h.goal()) {
            case Goal.YesNo yesNo -> yesNo;
            case Goal.Measured m -> new Goal.Measured(number(m.target()), m.unit(), m.direction());
        };
        return new Habit(h.id(), h.owner(), h.name(), h.description(), h.color(), h.emoji(), h.schedule(), goal,
                h.startDate(), h.commitmentDays(), h.archived(), h.position(), h.createdAt());
    }

    public static List<Habit> habits(List<Habit> habits) {
        return habits.stream().map(Normalise::habit).toList();
    }
}
