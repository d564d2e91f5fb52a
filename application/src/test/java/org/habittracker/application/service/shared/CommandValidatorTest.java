package org.habittracker.application.service.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.habittracker.application.testing.HabitFixtures.noChange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.habittracker.application.port.in.auth.RegisterCommand;
import org.habittracker.application.port.in.habit.Change;
import org.habittracker.application.port.in.habit.CreateHabitCommand;
import org.habittracker.application.port.in.habit.ReorderHabitsCommand;
import org.habittracker.application.port.in.habit.UpdateHabitCommand;
import org.habittracker.application.port.in.profile.UpdateSettingsCommand;
import org.habittracker.application.testing.Validators;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.habit.Schedule;
import org.habittracker.domain.shared.FieldViolation;
import org.habittracker.domain.shared.InvalidInputException;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CommandValidatorTest {
    private final CommandValidator validator = new CommandValidator(Validators.validator());
    private final UserId owner = new UserId(UUID.randomUUID());
    private final HabitId habit = new HabitId(UUID.randomUUID());

    private List<FieldViolation> violations(Object command) {
        try {
            validator.validate(command);
            return List.of();
        } catch (InvalidInputException e) {
            return e.violations();
        }
    }

    @Test
    @DisplayName("a valid command passes and is returned")
    void validPasses() {
        UpdateHabitCommand command = noChange(owner, habit);

        assertThat(validator.validate(command)).isSameAs(command);
    }

    @Test
    @DisplayName("what a value may hold is not checked here but once, by the domain: a long description passes")
    void valueRulesAreTheDomains() {
        UpdateHabitCommand command = new UpdateHabitCommand(owner, habit, Optional.empty(),
                Optional.of("x".repeat(1001)), Optional.empty(), Change.keep(), Optional.empty(), Optional.empty(),
                Optional.empty(), Change.keep());

        assertThat(violations(command)).isEmpty();
    }

    @Test
    @DisplayName("an empty Optional is a field left as it is, and valid")
    void emptyOptionalIsValid() {
        assertThat(violations(new UpdateSettingsCommand(owner, Optional.empty(), Optional.empty(), Optional.empty())))
                .isEmpty();
    }

    @Test
    @DisplayName("a limit of the application's own is checked here: a password shorter than 8 characters")
    void applicationLimits() {
        assertThat(violations(new RegisterCommand("ada", "short", "Europe/Berlin", "203.0.113.9")))
                .extracting(FieldViolation::field, FieldViolation::code).containsExactly(tuple("password", "length"));
    }

    @Test
    @DisplayName("a list element is reported with its index")
    void listElementsHaveTheirIndex() {
        List<HabitId> order = new ArrayList<>();
        order.add(habit);
        order.add(null);

        assertThat(violations(new ReorderHabitsCommand(owner, order))).extracting(FieldViolation::field)
                .containsExactly("order[1]");
    }

    @Test
    @DisplayName("every violation is reported at once, sorted by field, with the domain's codes")
    void allViolationsSorted() {
        CreateHabitCommand command = new CreateHabitCommand(null, null, Optional.empty(), null, Optional.empty(),
                new Schedule.Daily(), null, Optional.empty(), Optional.empty());

        assertThat(violations(command)).extracting(FieldViolation::field, FieldViolation::code).containsExactly(
                tuple("color", "required"),
                tuple("goal", "required"),
                tuple("name", "required"),
                tuple("owner", "required"));
    }

    @Test
    @DisplayName("no command at all is refused")
    void nullCommand() {
        assertThatThrownBy(() -> validator.validate(null)).isInstanceOf(InvalidInputException.class);
    }
}
