package org.habittracker.domain.habit;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import org.habittracker.domain.shared.Check;
import org.habittracker.domain.shared.InvalidInputException;

/**
 * When a habit is due. A closed set: every consumer switches over all of them. How often a schedule
 * asks, as the score weighs it, is the progress package's to say ({@code HabitScore.Ask}).
 */
public sealed interface Schedule {

    /** Due every day. */
    record Daily() implements Schedule {
    }

    /** Due on the given days of the week only; other days are excused. */
    record Weekdays(Set<DayOfWeek> days) implements Schedule {
        public Weekdays {
            Check.notNull(days, "schedule.days");
            if (days.isEmpty()) {
                throw InvalidInputException.of("schedule.days", "empty", "must name at least one day");
            }
            days = Set.copyOf(EnumSet.copyOf(days));
        }
    }

    /** At least {@code times} in any rolling window of {@code days} days, as Loop's "x times per y days". */
    record TimesPerWindow(int times, int days) implements Schedule {
        public static final int MAX_DAYS = 365;

        public TimesPerWindow {
            Check.between(days, 1, MAX_DAYS, "schedule.days");
            Check.between(times, 1, days, "schedule.times");
        }
    }

    /** At least {@code times} in each calendar week, which starts on the user's chosen week day. */
    record TimesPerWeek(int times) implements Schedule {
        public TimesPerWeek {
            Check.between(times, 1, 7, "schedule.times");
        }
    }

    /**
     * At least {@code times} in each calendar month. A month shorter than {@code times} days asks for
     * every one of its days.
     */
    record TimesPerMonth(int times) implements Schedule {
        public TimesPerMonth {
            Check.between(times, 1, 31, "schedule.times");
        }
    }
}
