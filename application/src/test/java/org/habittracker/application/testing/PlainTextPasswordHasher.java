package org.habittracker.application.testing;

import java.util.concurrent.atomic.AtomicInteger;
import org.habittracker.application.port.out.PasswordHasher;

/**
 * TEST ONLY: "hashes" by prefixing {@code plain:}, so tests run fast and can read what was stored. It
 * counts {@link #matches} calls, so a test can see that a log-in for an unknown user still checks a hash.
 */
public final class PlainTextPasswordHasher implements PasswordHasher {
    public static final String PREFIX = "plain:";

    private final AtomicInteger matchesCalls = new AtomicInteger();

    @Override
    public String hash(String password) {
        return PREFIX + password;
    }

    @Override
    public boolean matches(String password, String hash) {
        matchesCalls.incrementAndGet();
        return hash.equals(PREFIX + password);
    }

    /** How many times {@link #matches} has been called. */
    public int matchesCalls() {
        return matchesCalls.get();
    }
}
