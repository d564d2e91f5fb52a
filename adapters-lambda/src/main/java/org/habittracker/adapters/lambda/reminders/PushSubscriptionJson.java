package org.habittracker.adapters.lambda.reminders;

import java.time.Instant;
import org.habittracker.domain.reminder.PushSubscription;

/** A subscription as the API returns it: never its keys, which are the browser's. */
public record PushSubscriptionJson(String id, String endpoint, Instant createdAt) {

    public static PushSubscriptionJson from(PushSubscription subscription) {
        return new PushSubscriptionJson(subscription.id().toString(), subscription.endpoint().toString(),
                subscription.createdAt());
    }
}
