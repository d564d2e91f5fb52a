package org.habittracker.application.port.in.reminder;

import org.habittracker.domain.reminder.PushSubscription;

/** The stored subscription, and whether it is new (or the owner's earlier one for the same endpoint). */
public record Subscribed(PushSubscription subscription, boolean created) {
}
