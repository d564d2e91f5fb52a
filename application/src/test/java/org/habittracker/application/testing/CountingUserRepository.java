package org.habittracker.application.testing;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.habittracker.application.port.out.UserRepository;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;
import org.habittracker.domain.user.UserSettings;
import org.habittracker.domain.user.Username;

/** The real repository, counting the look-ups by id: what tests of the read cache's savings need to see. */
public final class CountingUserRepository implements UserRepository {
    private final UserRepository delegate;
    private final AtomicInteger lookUpsById = new AtomicInteger();

    public CountingUserRepository(UserRepository delegate) {
        this.delegate = delegate;
    }

    public int lookUpsById() {
        return lookUpsById.get();
    }

    @Override
    public void add(User user) {
        delegate.add(user);
    }

    @Override
    public Optional<User> findById(UserId id) {
        lookUpsById.incrementAndGet();
        return delegate.findById(id);
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return delegate.findByUsername(username);
    }

    @Override
    public boolean updateSettings(UserId id, UserSettings settings) {
        return delegate.updateSettings(id, settings);
    }

    @Override
    public boolean delete(UserId id) {
        return delegate.delete(id);
    }
}
