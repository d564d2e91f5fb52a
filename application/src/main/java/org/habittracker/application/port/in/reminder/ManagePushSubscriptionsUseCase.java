package org.habittracker.application.port.in.reminder;

import java.util.List;
import java.util.Optional;
import org.habittracker.domain.reminder.PushSubscription;
import org.habittracker.domain.reminder.PushSubscriptionId;
import org.habittracker.domain.user.UserId;

/** Where an owner's reminders are pushed to: one subscription per browser. */
public interface ManagePushSubscriptionsUseCase {

    /** The VAPID public key browsers subscribe with; empty when push is not configured. */
    Optional<String> publicKey();

    /**
     * Stores the subscription (the same endpoint again keeps its id and takes the new keys).
     *
     * @throws org.habittracker.application.error.ConflictException beyond
     *         {@value org.habittracker.domain.reminder.PushSubscription#MAX_PER_USER} subscriptions
     */
    Subscribed subscribe(SubscribeCommand command);

    List<PushSubscription> list(UserId owner);

    void unsubscribe(UserId owner, PushSubscriptionId id);
}
