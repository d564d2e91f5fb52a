package org.habittracker.application.testing;

import java.util.Comparator;
import java.util.List;
import org.habittracker.application.port.out.PauseRepository;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.checkin.PauseId;
import org.habittracker.domain.user.UserId;

/** Vacations in memory, scoped by owner. */
public final class InMemoryPauseRepository implements PauseRepository {
    private static final Comparator<Pause> BY_START = Comparator.comparing(Pause::from)
            .thenComparing(Pause::to)
            .thenComparing(p -> p.id().value());

    private final InMemoryDatabase db;

    public InMemoryPauseRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void add(Pause pause) {
        db.execute(t -> {
            t.requireUser(pause.owner());
            pause.habitId().ifPresent(habit -> {
                if (!t.ownsHabit(pause.owner(), habit)) {
                    throw new IllegalStateException("foreign key violated: owner has no habit " + habit);
                }
            });
            if (t.pauses.containsKey(pause.id())) {
                throw new IllegalStateException("primary key violated: pause " + pause.id());
            }
            t.pauses.put(pause.id(), pause);
        });
    }

    @Override
    public List<Pause> findAll(UserId owner) {
        return db.query(t -> t.pauses.values().stream().filter(p -> p.owner().equals(owner)).sorted(BY_START).toList());
    }

    @Override
    public boolean delete(UserId owner, PauseId id) {
        return db.query(t -> {
            Pause stored = t.pauses.get(id);
            if (stored == null || !stored.owner().equals(owner)) {
                return false;
            }
            t.pauses.remove(id);
            return true;
        });
    }
}
