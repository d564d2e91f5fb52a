package org.habittracker.application.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.habittracker.application.port.out.LoginAttemptStore;

/** Log-in attempts in memory, checked and counted under the key's lock; a failure exactly at {@code since} counts as inside the window. */
public final class InMemoryLoginAttemptStore implements LoginAttemptStore {
    private final Map<String, List<Instant>> failures = new ConcurrentHashMap<>();

    @Override
    public boolean countAttempt(String key, Instant when, Instant since, int limit) {
        List<Instant> times = failures.computeIfAbsent(key, k -> new ArrayList<>());
        synchronized (times) {
            if (countSince(times, since) >= limit) {
                return false;
            }
            times.add(when);
            return true;
        }
    }

    @Override
    public void withdraw(String key, Instant when) {
        List<Instant> times = failures.get(key);
        if (times != null) {
            synchronized (times) {
                times.remove(when);
            }
        }
    }

    @Override
    public int failuresSince(String key, Instant since) {
        List<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            return countSince(times, since);
        }
    }

    @Override
    public Instant lastFailure(String key) {
        List<Instant> times = failures.get(key);
        if (times == null) {
            return Instant.EPOCH;
        }
        synchronized (times) {
            return times.stream().max(Instant::compareTo).orElse(Instant.EPOCH);
        }
    }

    @Override
    public void clear(String key) {
        failures.remove(key);
    }

    private static int countSince(List<Instant> times, Instant since) {
        return (int) times.stream().filter(t -> !t.isBefore(since)).count();
    }
}
