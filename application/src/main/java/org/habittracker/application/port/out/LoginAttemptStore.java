package org.habittracker.application.port.out;

import java.time.Instant;

/**
 * Log-in attempts per key (a username, or a client address), shared by every instance of the service, so
 * throttling holds however many Lambda containers run. An attempt is counted before its password is checked
 * and taken back when it turns out right: so parallel attempts are each counted against the limit.
 */
public interface LoginAttemptStore {

    /**
     * Counts one attempt at {@code when}, unless the key already has {@code limit} since {@code since}.
     * Check and count are one step: of parallel calls, exactly as many as the limit leaves room for succeed.
     *
     * @return whether it was counted; false leaves the store as it was
     */
    boolean countAttempt(String key, Instant when, Instant since, int limit);

    /** Takes back one attempt of the key counted at {@code when} (it was not a failure after all). */
    void withdraw(String key, Instant when);

    /** Attempts counted for the key since {@code since}. */
    int failuresSince(String key, Instant since);

    /** The latest attempt counted for the key, or {@link Instant#EPOCH} when none. */
    Instant lastFailure(String key);

    /** Forgets the key's attempts (after a successful log-in). */
    void clear(String key);
}
