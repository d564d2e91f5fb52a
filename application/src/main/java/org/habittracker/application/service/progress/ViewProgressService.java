package org.habittracker.application.service.progress;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.habittracker.application.error.NotFoundException;
import org.habittracker.application.port.in.auth.Principal;
import org.habittracker.application.port.in.progress.BoardRendering;
import org.habittracker.application.port.in.progress.HabitHistory;
import org.habittracker.application.port.in.progress.TodayBoard;
import org.habittracker.application.port.in.progress.ViewProgressUseCase;
import org.habittracker.application.port.out.CheckInRepository;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.MilestoneRepository;
import org.habittracker.application.port.out.PauseRepository;
import org.habittracker.application.port.out.ReadCache;
import org.habittracker.application.port.out.ReadModelKey;
import org.habittracker.application.service.shared.OwnerProfile;
import org.habittracker.application.service.shared.ProgressAnalyser;
import org.habittracker.application.service.shared.UserDays;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.progress.HabitProgress;
import org.habittracker.domain.progress.HabitStatistics;
import org.habittracker.domain.progress.HabitSummary;
import org.habittracker.domain.progress.Milestone;
import org.habittracker.domain.progress.MilestoneKind;
import org.habittracker.domain.shared.InvalidInputException;
import org.habittracker.domain.user.UserId;

/**
 * The read side. The rendered board and the statistics go through the {@link ReadCache} under names that hold
 * the owner's today ({@code board:<format>:2026-11-22}, {@code stats:<habit>:2026-11-22}), since the same data reads
 * differently tomorrow; every write forgets them. The owner's profile (time zone, day start, week start)
 * comes from the same cache ({@link UserDays#profile}), so a cached board costs no database query.
 */
public final class ViewProgressService implements ViewProgressUseCase {
    /** The longest history range one request may ask for. */
    public static final Period MAX_HISTORY = Period.ofYears(5);

    private final HabitRepository habits;
    private final CheckInRepository checkIns;
    private final PauseRepository pauses;
    private final MilestoneRepository milestones;
    private final ReadCache readCache;
    private final UserDays userDays;
    private final ProgressAnalyser analyser;
    private final BoardProgress board;

    public ViewProgressService(HabitRepository habits, CheckInRepository checkIns, PauseRepository pauses,
            MilestoneRepository milestones, ReadCache readCache, UserDays userDays, ProgressAnalyser analyser,
            BoardProgress board) {
        this.board = board;
        this.habits = habits;
        this.checkIns = checkIns;
        this.pauses = pauses;
        this.milestones = milestones;
        this.readCache = readCache;
        this.userDays = userDays;
        this.analyser = analyser;
    }

    /** Active habits in board order, each with today's status, current streak and score. */
    @Override
    public TodayBoard todayBoard(UserId ownerId) {
        OwnerProfile owner = userDays.profile(ownerId);
        return loadBoard(owner, userDays.today(owner.settings()));
    }

    /**
     * The cache keeps the rendered bytes, not the {@link TodayBoard}: a hit is then one Redis read and no
     * decoding or encoding, whatever the number of habits. The owner's profile is the one the principal was
     * resolved with a moment ago from the same cache, so it is not read a second time.
     */
    @Override
    public byte[] renderedTodayBoard(Principal principal, BoardRendering rendering) {
        OwnerProfile owner = OwnerProfile.of(principal);
        LocalDate today = userDays.today(owner.settings());
        return readCache.get(new ReadModelKey(owner.id(), "board:" + rendering.format() + ":" + today), byte[].class,
                () -> rendering.render(loadBoard(owner, today)));
    }

    private TodayBoard loadBoard(OwnerProfile owner, LocalDate today) {
        List<Habit> active = habits.findAll(owner.id()).stream().filter(h -> !h.archived()).toList();
        Map<HabitId, HabitSummary> summaries = board.summaries(owner, active, today);
        List<TodayBoard.Entry> entries = new ArrayList<>(active.size());
        for (Habit habit : active) {
            entries.add(new TodayBoard.Entry(habit, summaries.get(habit.id())));
        }
        return new TodayBoard(today, List.copyOf(entries));
    }

    @Override
    public HabitHistory history(UserId ownerId, HabitId habitId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "before_from", "must be on or after 'from'");
        }
        if (to.isAfter(from.plus(MAX_HISTORY))) {
            throw InvalidInputException.of("to", "range_too_long", "must be at most 5 years after 'from'");
        }
        OwnerProfile owner = userDays.profile(ownerId);
        Habit habit = habit(ownerId, habitId);
        LocalDate today = userDays.today(owner.settings());
        // Day states need the whole history (streak windows, period schedules), not only the range.
        HabitProgress progress = analyser.analyse(owner, habit, today);
        return new HabitHistory(checkIns.findByHabit(ownerId, habitId, from, to), progress.days(from, to));
    }

    @Override
    public HabitStatistics statistics(UserId ownerId, HabitId habitId) {
        OwnerProfile owner = userDays.profile(ownerId);
        LocalDate today = userDays.today(owner.settings());
        return readCache.get(new ReadModelKey(ownerId, "stats:" + habitId + ":" + today), HabitStatistics.class,
                () -> loadStatistics(owner, habit(ownerId, habitId), today));
    }

    private HabitStatistics loadStatistics(OwnerProfile owner, Habit habit, LocalDate today) {
        HabitStatistics computed = analyser.analyse(owner, habit, today).statistics();
        List<Milestone> kept = withRecorded(milestones.findByHabit(owner.id(), habit.id()), computed.milestones());
        return new HabitStatistics(computed.currentStreak(), computed.bestStreak(), computed.score(),
                computed.totalSatisfied(), computed.completionRate(), computed.byWeekday(), computed.byMonth(),
                computed.scoreSeries(), computed.bestStreaks(), kept, computed.commitment());
    }

    /**
     * Recorded milestones keep the day they were first reached even if the history changed since; one the
     * history reaches but nobody recorded yet (a write that raced) is shown with the day it has now.
     */
    private static List<Milestone> withRecorded(List<Milestone> recorded, List<Milestone> computed) {
        Set<MilestoneKind> kinds = EnumSet.noneOf(MilestoneKind.class);
        List<Milestone> kept = new ArrayList<>(recorded);
        recorded.forEach(m -> kinds.add(m.kind()));
        computed.stream().filter(m -> !kinds.contains(m.kind())).forEach(kept::add);
        kept.sort(Comparator.comparing(Milestone::reachedOn).thenComparing(Milestone::kind));
        return List.copyOf(kept);
    }

    private Habit habit(UserId owner, HabitId id) {
        return habits.find(owner, id).orElseThrow(() -> new NotFoundException("habit", id));
    }
}
