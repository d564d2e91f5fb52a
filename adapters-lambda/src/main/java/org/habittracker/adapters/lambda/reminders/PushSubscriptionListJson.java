package org.habittracker.adapters.lambda.reminders;

import java.util.List;

/** {@code GET /api/push/subscriptions}. */
public record PushSubscriptionListJson(List<PushSubscriptionJson> subscriptions) {
}
