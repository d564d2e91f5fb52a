package org.habittracker.application.port.out;

import java.util.List;
import org.habittracker.domain.reminder.PushSubscription;
import org.habittracker.domain.reminder.PushSubscriptionId;
import org.habittracker.domain.user.UserId;

/** Browsers' push subscriptions, scoped by owner, one per (owner, endpoint); gone with the owner. */
public interface PushSubscriptionRepository {

    /**
     * Adds the subscription, or, when the owner already has one with its endpoint, stores the new keys in that
     * one. Returns what is stored: {@code subscription} itself, or the earlier one (its id and creation) with the
     * new keys.
     */
    PushSubscription save(PushSubscription subscription);

    /** The owner's subscriptions, oldest first. */
    List<PushSubscription> findAll(UserId owner);

    boolean delete(UserId owner, PushSubscriptionId id);
}
