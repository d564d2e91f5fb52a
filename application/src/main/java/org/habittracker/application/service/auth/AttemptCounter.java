package org.habittracker.application.service.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.habittracker.application.port.out.LoginAttemptStore;

/**
 * The one home of how a key (a username, a client address) is throttled, for log-ins and registrations alike:
 * attempts are counted in {@link LoginThrottle}'s sliding window before the expensive work runs, and a key
 * that has used up its limit waits until its latest counted attempt leaves the window.
 */
final class AttemptCounter {
    private static final Duration MIN_RETRY_AFTER = Duration.ofSeconds(1);

    private final LoginAttemptStore attempts;
    private final Duration window;

    AttemptCounter(LoginAttemptStore attempts, Duration window) {
        this.attempts = attempts;
        this.window = window;
    }

    static String userKey(String username) {
        return "user:" + username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    static String clientKey(String client) {
        return "client:" + client;
    }

    static String registrationKey(String client) {
        return "register:" + client;
    }

    /** @return empty when the attempt was counted; how long to wait when the key has used up its limit */
    Optional<Duration> count(String key, int limit, Instant now) {
        if (attempts.countAttempt(key, now, windowStart(now), limit)) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, attempts.lastFailure(key).plus(window));
        return Optional.of(wait.compareTo(MIN_RETRY_AFTER) < 0 ? MIN_RETRY_AFTER : wait);
    }

    void withdraw(String key, Instant now) {
        attempts.withdraw(key, now);
    }

    void clear(String key) {
        attempts.clear(key);
    }

    /** The window is (now - window, now]: stores count attempts at or after it, and keep milliseconds. */
    private Instant windowStart(Instant now) {
        return now.minus(window).plusMillis(1);
    }
}
