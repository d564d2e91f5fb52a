package org.habittracker.application.port.out;

import java.time.Instant;

/**
 * Failed log-in attempts per key (a username, or a client address), shared by every instance of the
 * service, so throttling holds however many Lambda containers run.
 */
public interface LoginAttemptStore {

    /** Records one failure at {@code when} and returns the failures for the key since {@code since}. */
    int recordFailure(String key, Instant when, Instant since);

    /** Failures for the key since {@code since}. */
    int failuresSince(String key, Instant since);

    /** The latest failure of the key, or {@link Instant#EPOCH} when none. */
    Instant lastFailure(String key);

    /** Forgets the key's failures (after a successful log-in). */
    void clear(String key);
}
