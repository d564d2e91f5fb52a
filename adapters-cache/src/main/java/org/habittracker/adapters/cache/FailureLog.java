package org.habittracker.adapters.cache;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs Redis failures without flooding the log during an outage (one line per interval, with a count of
 * what it held back) and without secrets (the password is blanked wherever a message repeats it).
 */
final class FailureLog {
    /** Holder: the logging back end starts on the first line logged, not when the cache is built. */
    private static final class Log {
        static final Logger LOGGER = LoggerFactory.getLogger(RedisCache.class);
    }

    private final Optional<String> password;
    private final long intervalNanos;
    private final AtomicLong nextLogAtNanos = new AtomicLong(System.nanoTime());
    private final AtomicLong suppressed = new AtomicLong();

    FailureLog(Optional<String> password, Duration interval) {
        this.password = password;
        this.intervalNanos = interval.toNanos();
    }

    void warn(String what, Throwable failure) {
        long now = System.nanoTime();
        long next = nextLogAtNanos.get();
        if (now - next < 0 || !nextLogAtNanos.compareAndSet(next, now + intervalNanos)) {
            suppressed.incrementAndGet();
            return;
        }
        long held = suppressed.getAndSet(0);
        Log.LOGGER.warn("cache: {} ({}); the call went to the database{}", what, describe(failure),
                held == 0 ? "" : "; " + held + " similar failures not logged");
    }

    /** After a SnapStart restore {@code System.nanoTime} has another origin. */
    void restartClock() {
        nextLogAtNanos.set(System.nanoTime());
    }

    void info(String message) {
        Log.LOGGER.info("cache: {}", message);
    }

    /** The exception's type and message, with the password blanked; never its stack (it names no secret either). */
    String describe(Throwable failure) {
        String message = failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        Throwable cause = failure.getCause();
        if (cause != null && cause != failure && cause.getMessage() != null) {
            message += " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
        }
        return redact(message);
    }

    String redact(String text) {
        return password.map(secret -> text.replace(secret, "****")).orElse(text);
    }
}
