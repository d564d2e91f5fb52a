package org.habittracker.application.port.out;

/** What became of one push. */
public sealed interface PushOutcome {

    /** The push service took it (201). */
    record Delivered() implements PushOutcome {}

    /** The push service says the subscription is gone for good (404 or 410): the caller removes it. */
    record SubscriptionGone(int status) implements PushOutcome {}

    /** Not delivered now (another status, a timeout, a refused connection); the reason is for the log only. */
    record NotDelivered(String reason) implements PushOutcome {}
}
