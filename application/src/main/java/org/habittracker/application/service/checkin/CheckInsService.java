package org.habittracker.application.service.checkin;

import java.time.LocalDate;
import org.habittracker.application.error.NotFoundException;
import org.habittracker.application.port.in.checkin.CheckInsUseCase;
import org.habittracker.application.port.in.checkin.RecordCheckInCommand;
import org.habittracker.application.port.in.checkin.RecordedCheckIn;
import org.habittracker.application.port.in.progress.HabitToday;
import org.habittracker.application.port.in.progress.TodayBoard;
import org.habittracker.application.port.out.CheckInRepository;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.service.shared.CommandValidator;
import org.habittracker.application.service.shared.OwnerProfile;
import org.habittracker.application.service.shared.OwnerWrites;
import org.habittracker.application.service.shared.ProgressAnalyser;
import org.habittracker.application.service.shared.UserDays;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.CheckInRules;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.progress.HabitSummary;
import org.habittracker.domain.user.UserId;

/**
 * Records and clears check-ins, by the domain's {@link CheckInRules} against the habit and the owner's
 * today. Milestones the new history reaches are recorded in the same write, which answers with the habit's new
 * board entry; both come from {@link ProgressAnalyser#afterWrite}, resumed from the habit's checkpoint when
 * that is exact.
 */
public final class CheckInsService implements CheckInsUseCase {
    private final HabitRepository habits;
    private final CheckInRepository checkIns;
    private final UserDays userDays;
    private final ProgressAnalyser analyser;
    private final OwnerWrites writes;
    private final CommandValidator validator;

    public CheckInsService(HabitRepository habits, CheckInRepository checkIns, UserDays userDays, ProgressAnalyser analyser,
            OwnerWrites writes, CommandValidator validator) {
        this.habits = habits;
        this.checkIns = checkIns;
        this.userDays = userDays;
        this.analyser = analyser;
        this.writes = writes;
        this.validator = validator;
    }

    @Override
    public RecordedCheckIn record(RecordCheckInCommand command) {
        validator.validate(command);
        // The profile (from the read cache), as clear() and the board read it: a tap needs the days, not the account.
        OwnerProfile owner = userDays.profile(command.owner());
        Habit habit = habit(owner.id(), command.habitId());
        LocalDate today = userDays.today(owner.settings());
        CheckIn checkIn = CheckInRules.require(new CheckIn(habit.id(), command.day(), command.status(),
                command.amount(), command.note().orElse("")), habit.goal(), today);
        return writes.write(owner.id(), () -> {
            if (!checkIns.upsert(owner.id(), checkIn)) {
                throw new NotFoundException("habit", habit.id());
            }
            HabitSummary summary = analyser.afterWrite(owner.id(), owner.settings().weekStart(), habit, today, true);
            return new RecordedCheckIn(checkIn, entry(habit, summary, today));
        });
    }

    @Override
    public HabitToday clear(UserId ownerId, HabitId habitId, LocalDate day) {
        OwnerProfile owner = userDays.profile(ownerId);
        Habit habit = habit(ownerId, habitId);
        LocalDate today = userDays.today(owner.settings());
        return writes.write(ownerId, () -> {
            checkIns.delete(ownerId, habitId, day);
            return entry(habit, analyser.afterWrite(ownerId, owner.settings().weekStart(), habit, today, false), today);
        });
    }

    /** Summarised inside the write's transaction, so the entry counts the write and nothing committed after it. */
    private static HabitToday entry(Habit habit, HabitSummary summary, LocalDate today) {
        return new HabitToday(today, new TodayBoard.Entry(habit, summary));
    }

    private Habit habit(UserId owner, HabitId id) {
        return habits.find(owner, id).orElseThrow(() -> new NotFoundException("habit", id));
    }
}
