package org.habittracker.application.testing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.habittracker.application.port.out.PushSubscriptionRepository;
import org.habittracker.domain.reminder.PushSubscription;
import org.habittracker.domain.reminder.PushSubscriptionId;
import org.habittracker.domain.user.UserId;

/** Push subscriptions in memory, one per (owner, endpoint). */
public final class InMemoryPushSubscriptionRepository implements PushSubscriptionRepository {
    private static final Comparator<PushSubscription> OLDEST_FIRST = Comparator.comparing(PushSubscription::createdAt)
            .thenComparing(s -> s.id().value());

    private final InMemoryDatabase db;

    public InMemoryPushSubscriptionRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public PushSubscription save(PushSubscription subscription) {
        return db.query(t -> {
            t.requireUser(subscription.owner());
            Optional<PushSubscription> same = t.pushSubscriptions.values().stream()
                    .filter(s -> s.owner().equals(subscription.owner()) && s.endpoint().equals(subscription.endpoint()))
                    .findFirst();
            PushSubscription stored = same.map(s -> s.withKeys(subscription.p256dh(), subscription.auth()))
                    .orElse(subscription);
            t.pushSubscriptions.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public List<PushSubscription> findAll(UserId owner) {
        return db.query(t -> t.pushSubscriptions.values().stream().filter(s -> s.owner().equals(owner))
                .sorted(OLDEST_FIRST).toList());
    }

    @Override
    public boolean delete(UserId owner, PushSubscriptionId id) {
        return db.query(t -> {
            PushSubscription stored = t.pushSubscriptions.get(id);
            if (stored == null || !stored.owner().equals(owner)) {
                return false;
            }
            t.pushSubscriptions.remove(id);
            return true;
        });
    }
}
