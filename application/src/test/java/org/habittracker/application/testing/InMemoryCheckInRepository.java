package org.habittracker.application.testing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.habittracker.application.port.out.CheckInRepository;
import org.habittracker.application.testing.InMemoryDatabase.CheckInKey;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.user.UserId;

/** Check-ins in memory: one per habit and day, every call scoped by the habit's owner. */
public final class InMemoryCheckInRepository implements CheckInRepository {
    private final InMemoryDatabase db;

    public InMemoryCheckInRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public boolean upsert(UserId owner, CheckIn checkIn) {
        return db.query(t -> {
            if (!t.ownsHabit(owner, checkIn.habitId())) {
                return false;
            }
            t.checkIns.put(new CheckInKey(checkIn.habitId(), checkIn.day()), checkIn);
            t.dropCheckpointFrom(checkIn.habitId(), checkIn.day());
            return true;
        });
    }

    @Override
    public boolean delete(UserId owner, HabitId habit, LocalDate day) {
        return db.query(t -> {
            if (!t.ownsHabit(owner, habit)) {
                return false;
            }
            t.dropCheckpointFrom(habit, day);
            return t.checkIns.remove(new CheckInKey(habit, day)) != null;
        });
    }

    @Override
    public List<CheckIn> findByHabit(UserId owner, HabitId habit, LocalDate from, LocalDate to) {
        return db.query(t -> {
            if (!t.ownsHabit(owner, habit)) {
                return List.of();
            }
            return t.checkIns.values().stream()
                    .filter(c -> c.habitId().equals(habit) && !c.day().isBefore(from) && !c.day().isAfter(to))
                    .sorted(Comparator.comparing(CheckIn::day))
                    .toList();
        });
    }

    @Override
    public Map<HabitId, List<CheckIn>> findAllByOwner(UserId owner) {
        return db.query(t -> t.checkIns.values().stream()
                .filter(c -> t.ownsHabit(owner, c.habitId()))
                .sorted(Comparator.comparing(CheckIn::day))
                .collect(Collectors.groupingBy(CheckIn::habitId, LinkedHashMap::new, Collectors.toUnmodifiableList())));
    }

    @Override
    public Map<HabitId, List<CheckIn>> findAfter(UserId owner, Map<HabitId, LocalDate> after) {
        return db.query(t -> t.checkIns.values().stream()
                .filter(c -> t.ownsHabit(owner, c.habitId()) && after.containsKey(c.habitId())
                        && c.day().isAfter(after.get(c.habitId())))
                .sorted(Comparator.comparing(CheckIn::day))
                .collect(Collectors.groupingBy(CheckIn::habitId, LinkedHashMap::new, Collectors.toUnmodifiableList())));
    }
}
