package org.habittracker.application.testing;

import java.util.List;
import java.util.Optional;
import org.habittracker.application.port.out.UserRepository;
import org.habittracker.application.port.out.UsernameTakenException;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;
import org.habittracker.domain.user.UserSettings;
import org.habittracker.domain.user.Username;

/** Accounts in memory; usernames are unique (they are kept lower-case, so case-insensitively). */
public final class InMemoryUserRepository implements UserRepository {
    private final InMemoryDatabase db;

    public InMemoryUserRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void add(User user) {
        db.execute(t -> {
            if (t.users.containsKey(user.id())) {
                throw new IllegalStateException("primary key violated: user " + user.id());
            }
            boolean taken = t.users.values().stream().anyMatch(u -> u.username().equals(user.username()));
            if (taken) {
                throw new UsernameTakenException(user.username().value());
            }
            t.users.put(user.id(), user);
        });
    }

    @Override
    public Optional<User> findById(UserId id) {
        return db.query(t -> Optional.ofNullable(t.users.get(id)));
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return db.query(t -> t.users.values().stream().filter(u -> u.username().equals(username)).findFirst());
    }

    @Override
    public boolean updateSettings(UserId id, UserSettings settings) {
        return db.query(t -> t.users.computeIfPresent(id, (key, user) -> user.withSettings(settings)) != null);
    }

    @Override
    public boolean delete(UserId id) {
        return db.query(t -> {
            if (t.users.remove(id) == null) {
                return false;
            }
            List<Habit> owned = t.habits.values().stream().filter(h -> h.owner().equals(id)).toList();
            owned.forEach(h -> t.deleteHabitCascading(h.id()));
            t.pauses.values().removeIf(p -> p.owner().equals(id));
            t.sessions.values().removeIf(s -> s.userId().equals(id));
            t.apiTokens.values().removeIf(a -> a.owner().equals(id));
            t.pushSubscriptions.values().removeIf(s -> s.owner().equals(id));
            return true;
        });
    }
}
