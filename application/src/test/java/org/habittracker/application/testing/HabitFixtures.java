package org.habittracker.application.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.habittracker.application.port.in.habit.Change;
import org.habittracker.application.port.in.habit.CreateHabitCommand;
import org.habittracker.application.port.in.habit.UpdateHabitCommand;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.habit.HexColor;
import org.habittracker.domain.habit.Schedule;
import org.habittracker.domain.user.UserId;

/** Commands for the service tests, valid unless a test changes them. */
public final class HabitFixtures {
    public static final HexColor TEAL = new HexColor("#00897b");

    private HabitFixtures() {
    }

    public static CreateHabitCommand daily(UserId owner, String name) {
        return new CreateHabitCommand(owner, name, Optional.empty(), TEAL, Optional.empty(), new Schedule.Daily(),
                new Goal.YesNo(), Optional.empty(), Optional.empty());
    }

    public static CreateHabitCommand daily(UserId owner, String name, LocalDate start) {
        return new CreateHabitCommand(owner, name, Optional.empty(), TEAL, Optional.empty(), new Schedule.Daily(),
                new Goal.YesNo(), Optional.of(start), Optional.empty());
    }

    public static CreateHabitCommand measured(UserId owner, String name, LocalDate start) {
        return new CreateHabitCommand(owner, name, Optional.of("20 pages"), new HexColor("#3949ab"), Optional.of("📚"),
                new Schedule.Daily(), new Goal.Measured(new BigDecimal("20"), "pages", Goal.Direction.AT_LEAST),
                Optional.of(start), Optional.of(66));
    }

    /** An update that changes nothing; tests set the fields they mean. */
    public static UpdateHabitCommand noChange(UserId owner, HabitId habit) {
        return new UpdateHabitCommand(owner, habit, Optional.empty(), Optional.empty(), Optional.empty(),
                Change.keep(), Optional.empty(), Optional.empty(), Optional.empty(), Change.keep());
    }

    public static UpdateHabitCommand rename(UserId owner, HabitId habit, String name) {
        return new UpdateHabitCommand(owner, habit, Optional.of(name), Optional.empty(), Optional.empty(),
                Change.keep(), Optional.empty(), Optional.empty(), Optional.empty(), Change.keep());
    }
}
