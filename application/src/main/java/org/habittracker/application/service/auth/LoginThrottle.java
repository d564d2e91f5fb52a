package org.habittracker.application.service.auth;

import java.time.Duration;

/**
 * How many failed log-ins are allowed inside a sliding window before further attempts are refused
 * without checking the password: per username (guessing one account's password) and per client
 * (trying many accounts from one place).
 */
public record LoginThrottle(Duration window, int maxFailuresPerUsername, int maxFailuresPerClient) {
    public static final LoginThrottle DEFAULT = new LoginThrottle(Duration.ofMinutes(15), 5, 20);

    public LoginThrottle {
        if (window.isNegative() || window.isZero() || maxFailuresPerUsername < 1 || maxFailuresPerClient < 1) {
            throw new IllegalArgumentException("a throttle needs a positive window and limits");
        }
    }
}
