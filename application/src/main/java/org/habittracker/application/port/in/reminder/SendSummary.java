package org.habittracker.application.port.in.reminder;

/**
 * What one round of sending did.
 *
 * @param configured false when push is not configured: nothing was looked at
 * @param due        reminders found due
 * @param sent       of those, pushed to at least one of the owner's browsers
 * @param skipped    not pushed, by rule: done or excused today, paused, archived, too late, no browser, or
 *                   already claimed by another sender
 * @param gone       subscriptions the push service said are gone, now removed
 * @param failed     pushes not delivered (the push service's other answers, network failures) and reminders
 *                   whose handling failed
 */
public record SendSummary(boolean configured, int due, int sent, int skipped, int gone, int failed) {

    public static SendSummary notConfigured() {
        return new SendSummary(false, 0, 0, 0, 0, 0);
    }
}
