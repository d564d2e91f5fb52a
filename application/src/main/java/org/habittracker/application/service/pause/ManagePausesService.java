package org.habittracker.application.service.pause;

import java.util.List;
import org.habittracker.application.error.NotFoundException;
import org.habittracker.application.port.in.pause.CreatePauseCommand;
import org.habittracker.application.port.in.pause.ManagePausesUseCase;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.IdGenerator;
import org.habittracker.application.port.out.PauseRepository;
import org.habittracker.application.service.shared.CommandValidator;
import org.habittracker.application.service.shared.OwnerWrites;
import org.habittracker.application.service.shared.ProgressAnalyser;
import org.habittracker.application.service.shared.UserDays;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.checkin.PauseId;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;

/**
 * Vacations for one habit or all. Paused days are excused, which can join two streaks into one long
 * enough for a milestone, so a new pause records the milestones of the habits it covers.
 */
public final class ManagePausesService implements ManagePausesUseCase {
    private final HabitRepository habits;
    private final PauseRepository pauses;
    private final UserDays userDays;
    private final ProgressAnalyser analyser;
    private final OwnerWrites writes;
    private final CommandValidator validator;
    private final IdGenerator ids;

    public ManagePausesService(HabitRepository habits, PauseRepository pauses, UserDays userDays, ProgressAnalyser analyser,
            OwnerWrites writes, CommandValidator validator, IdGenerator ids) {
        this.habits = habits;
        this.pauses = pauses;
        this.userDays = userDays;
        this.analyser = analyser;
        this.writes = writes;
        this.validator = validator;
        this.ids = ids;
    }

    @Override
    public Pause create(CreatePauseCommand command) {
        validator.validate(command);
        User owner = userDays.owner(command.owner());
        List<Habit> covered = command.habitId()
                .map(id -> List.of(habits.find(owner.id(), id).orElseThrow(() -> new NotFoundException("habit", id))))
                .orElseGet(() -> habits.findAll(owner.id()));
        Pause pause = new Pause(new PauseId(ids.newId()), owner.id(), command.habitId(), command.from(), command.to());
        return writes.write(owner.id(), () -> {
            pauses.add(pause);
            analyser.recordMilestones(owner, covered, userDays.today(owner));
            return pause;
        });
    }

    @Override
    public List<Pause> list(UserId owner) {
        return pauses.findAll(owner);
    }

    @Override
    public void delete(UserId owner, PauseId id) {
        boolean deleted = writes.write(owner, () -> pauses.delete(owner, id));
        if (!deleted) {
            throw new NotFoundException("pause", id);
        }
    }
}
