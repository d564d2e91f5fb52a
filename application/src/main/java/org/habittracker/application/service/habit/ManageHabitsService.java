package org.habittracker.application.service.habit;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.habittracker.application.error.LimitExceededException;
import org.habittracker.application.error.NotFoundException;
import org.habittracker.application.port.in.habit.CreateHabitCommand;
import org.habittracker.application.port.in.habit.ManageHabitsUseCase;
import org.habittracker.application.port.in.habit.ReorderHabitsCommand;
import org.habittracker.application.port.in.habit.UpdateHabitCommand;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.IdGenerator;
import org.habittracker.application.service.shared.CommandValidator;
import org.habittracker.application.service.shared.OwnerWrites;
import org.habittracker.application.service.shared.ProgressAnalyser;
import org.habittracker.application.service.shared.UserDays;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.shared.InvalidInputException;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;

/** Creating, changing, archiving, deleting and ordering an owner's habits. */
public final class ManageHabitsService implements ManageHabitsUseCase {
    /** At most this many habits per user, archived ones included. */
    public static final int MAX_HABITS = 500;

    private final HabitRepository habits;
    private final UserDays userDays;
    private final ProgressAnalyser analyser;
    private final OwnerWrites writes;
    private final CommandValidator validator;
    private final Clock clock;
    private final IdGenerator ids;

    public ManageHabitsService(HabitRepository habits, UserDays userDays, ProgressAnalyser analyser, OwnerWrites writes,
            CommandValidator validator, Clock clock, IdGenerator ids) {
        this.habits = habits;
        this.userDays = userDays;
        this.analyser = analyser;
        this.writes = writes;
        this.validator = validator;
        this.clock = clock;
        this.ids = ids;
    }

    /** The new habit goes last on the board and, without a start date, starts on the owner's today. */
    @Override
    public Habit create(CreateHabitCommand command) {
        validator.validate(command);
        User owner = userDays.owner(command.owner());
        // Built (and so validated) before anything is written.
        Habit draft = new Habit(new HabitId(ids.newId()), owner.id(), command.name(),
                command.description().orElse(""), command.color(), command.emoji(), command.schedule(),
                command.goal(), command.startDate().orElseGet(() -> userDays.today(owner)),
                toOptionalInt(command.commitmentDays()), false, 0, clock.instant());
        return writes.write(owner.id(), () -> {
            List<Habit> existing = habits.findAll(owner.id());
            if (existing.size() >= MAX_HABITS) {
                throw new LimitExceededException("habits", MAX_HABITS, "at most " + MAX_HABITS + " habits a user");
            }
            int position = existing.stream().mapToInt(Habit::position).max().orElse(-1) + 1;
            Habit habit = draft.withPosition(position);
            habits.add(habit);
            return habit;
        });
    }

    @Override
    public Habit get(UserId owner, HabitId id) {
        return habits.find(owner, id).orElseThrow(() -> notFound(id));
    }

    @Override
    public List<Habit> list(UserId owner) {
        return habits.findAll(owner);
    }

    /**
     * Applies the fields the command sets. A change of schedule, goal, start or commitment can reach new
     * milestones, which are recorded in the same write.
     */
    @Override
    public Habit update(UpdateHabitCommand command) {
        validator.validate(command);
        User owner = userDays.owner(command.owner());
        Habit current = get(owner.id(), command.habitId());
        Habit changed = current.withDetails(
                command.name().orElse(current.name()),
                command.description().orElse(current.description()),
                command.color().orElse(current.color()),
                command.emoji().applyTo(current.emoji()),
                command.schedule().orElse(current.schedule()),
                command.goal().orElse(current.goal()),
                command.startDate().orElse(current.startDate()),
                toOptionalInt(command.commitmentDays().applyTo(boxed(current.commitmentDays()))));
        return writes.write(owner.id(), () -> {
            replace(changed);
            analyser.recordMilestones(owner, changed, userDays.today(owner));
            return changed;
        });
    }

    @Override
    public Habit archive(UserId owner, HabitId id) {
        return setArchived(owner, id, true);
    }

    @Override
    public Habit unarchive(UserId owner, HabitId id) {
        return setArchived(owner, id, false);
    }

    private Habit setArchived(UserId owner, HabitId id, boolean archived) {
        Habit changed = get(owner, id).withArchived(archived);
        return writes.write(owner, () -> replace(changed));
    }

    @Override
    public void delete(UserId owner, HabitId id) {
        boolean deleted = writes.write(owner, () -> habits.delete(owner, id));
        if (!deleted) {
            throw notFound(id);
        }
    }

    /** The order must name every habit of the owner exactly once, archived ones included. */
    @Override
    public List<Habit> reorder(ReorderHabitsCommand command) {
        validator.validate(command);
        UserId owner = command.owner();
        return writes.write(owner, () -> {
            Set<HabitId> owned = new HashSet<>(habits.findAll(owner).stream().map(Habit::id).toList());
            Set<HabitId> listed = new HashSet<>(command.order());
            if (listed.size() != command.order().size() || !listed.equals(owned)) {
                throw InvalidInputException.of("order", "not_a_permutation",
                        "must list every one of your habits exactly once");
            }
            habits.reorder(owner, command.order());
            return habits.findAll(owner);
        });
    }

    private Habit replace(Habit habit) {
        if (!habits.update(habit)) {
            throw notFound(habit.id());
        }
        return habit;
    }

    private static NotFoundException notFound(HabitId id) {
        return new NotFoundException("habit", id);
    }

    private static OptionalInt toOptionalInt(Optional<Integer> value) {
        return value.map(OptionalInt::of).orElseGet(OptionalInt::empty);
    }

    private static Optional<Integer> boxed(OptionalInt value) {
        return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
    }
}
