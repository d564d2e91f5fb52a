package org.habittracker.application.service.auth;

import java.time.Duration;

/**
 * How many failed log-ins are allowed inside a sliding window before further attempts are refused
 * without checking the password: per username (guessing one account's password) and per client
 * (trying many accounts from one place); and how many registrations one client may make in the same
 * window (each hashes a password and makes an account, so a script must not make thousands).
 */
public record LoginThrottle(Duration window, int maxFailuresPerUsername, int maxFailuresPerClient,
        int maxRegistrationsPerClient) {
    public static final LoginThrottle DEFAULT = new LoginThrottle(Duration.ofMinutes(15), 5, 20, 20);

    public LoginThrottle {
        if (window.isNegative() || window.isZero() || maxFailuresPerUsername < 1 || maxFailuresPerClient < 1
                || maxRegistrationsPerClient < 1) {
            throw new IllegalArgumentException("a throttle needs a positive window and limits");
        }
    }
}
