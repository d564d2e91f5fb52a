package org.habittracker.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.habittracker.application.port.out.LoginAttemptStore;
import org.habittracker.application.testing.Parallel;
import org.habittracker.application.testing.TestData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LoginAttemptStore} does: failures counted per key inside a window that starts at
 * {@code since}. Times are close to the real now (whole milliseconds), so a store that expires old
 * failures by wall-clock time keeps those of a test; keys are unique per test. A store may forget failures
 * older than the {@code since} it was last given, so no test asks about a wider window after that.
 */
public abstract class LoginAttemptStoreContract {

    protected abstract LoginAttemptStore attempts();

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final String key = TestData.uniqueUsername("key");

    private Instant minutesAgo(int minutes) {
        return now.minus(Duration.ofMinutes(minutes));
    }

    /** Counts an attempt with no limit in the way and returns the key's count in the window. */
    private int record(String k, Instant when, Instant since) {
        assertThat(attempts().countAttempt(k, when, since, Integer.MAX_VALUE)).isTrue();
        return attempts().failuresSince(k, since);
    }

    @Test
    @DisplayName("a key with no failures counts none and has no last failure")
    void unknownKeyHasNoFailures() {
        assertThat(attempts().failuresSince(key, minutesAgo(15))).isZero();
        assertThat(attempts().lastFailure(key)).isEqualTo(Instant.EPOCH);
    }

    @Test
    @DisplayName("each counted attempt adds one to the failures in the window")
    void countedAttemptsAddUp() {
        assertThat(record(key, minutesAgo(3), minutesAgo(15))).isEqualTo(1);
        assertThat(record(key, minutesAgo(2), minutesAgo(15))).isEqualTo(2);
        assertThat(record(key, minutesAgo(1), minutesAgo(15))).isEqualTo(3);
    }

    @Test
    @DisplayName("failures before the start of the window are not counted")
    void oldFailuresAreOutsideTheWindow() {
        record(key, minutesAgo(40), minutesAgo(55));
        record(key, minutesAgo(20), minutesAgo(55));

        assertThat(attempts().failuresSince(key, minutesAgo(30))).isEqualTo(1);
        assertThat(attempts().failuresSince(key, minutesAgo(15))).isZero();
        assertThat(record(key, minutesAgo(1), minutesAgo(15))).isEqualTo(1);
    }

    @Test
    @DisplayName("failures of one key do not count for another")
    void keysAreIndependent() {
        String other = TestData.uniqueUsername("other");
        record(key, minutesAgo(2), minutesAgo(15));
        record(key, minutesAgo(1), minutesAgo(15));

        assertThat(attempts().failuresSince(other, minutesAgo(15))).isZero();
        assertThat(record(other, minutesAgo(1), minutesAgo(15))).isEqualTo(1);
    }

    @Test
    @DisplayName("the last failure is the latest one recorded")
    void lastFailureIsTheLatest() {
        record(key, minutesAgo(5), minutesAgo(15));
        record(key, minutesAgo(1), minutesAgo(15));
        record(key, minutesAgo(3), minutesAgo(15));

        assertThat(attempts().lastFailure(key)).isEqualTo(minutesAgo(1));
    }

    @Test
    @DisplayName("clearing a key forgets its failures and keeps other keys'")
    void clearForgetsTheKey() {
        String other = TestData.uniqueUsername("other");
        record(key, minutesAgo(2), minutesAgo(15));
        record(other, minutesAgo(2), minutesAgo(15));

        attempts().clear(key);

        assertThat(attempts().failuresSince(key, minutesAgo(15))).isZero();
        assertThat(attempts().lastFailure(key)).isEqualTo(Instant.EPOCH);
        assertThat(attempts().failuresSince(other, minutesAgo(15))).isEqualTo(1);
    }

    @Test
    @DisplayName("two failures at the same instant both count")
    void simultaneousFailuresBothCount() {
        record(key, minutesAgo(1), minutesAgo(15));

        assertThat(record(key, minutesAgo(1), minutesAgo(15))).isEqualTo(2);
    }

    @Test
    @DisplayName("an attempt when the key has used up its limit is not counted")
    void attemptOverTheLimitIsNotCounted() {
        record(key, minutesAgo(3), minutesAgo(15));
        record(key, minutesAgo(2), minutesAgo(15));

        assertThat(attempts().countAttempt(key, minutesAgo(1), minutesAgo(15), 2)).isFalse();
        assertThat(attempts().failuresSince(key, minutesAgo(15))).isEqualTo(2);
        assertThat(attempts().lastFailure(key)).isEqualTo(minutesAgo(2));
    }

    @Test
    @DisplayName("old attempts leave room under the limit")
    void oldAttemptsLeaveRoom() {
        record(key, minutesAgo(20), minutesAgo(55));

        assertThat(attempts().countAttempt(key, minutesAgo(1), minutesAgo(15), 1)).isTrue();
    }

    @Test
    @DisplayName("withdrawing takes back one attempt counted at that instant, and only one")
    void withdrawTakesBackOne() {
        record(key, minutesAgo(1), minutesAgo(15));
        record(key, minutesAgo(1), minutesAgo(15));
        record(key, minutesAgo(2), minutesAgo(15));

        attempts().withdraw(key, minutesAgo(1));

        assertThat(attempts().failuresSince(key, minutesAgo(15))).isEqualTo(2);
    }

    @Test
    @DisplayName("issue 13: of 20 parallel attempts on a limit of 5, exactly 5 are counted (before: all 20 were checked)")
    void parallelAttemptsStopAtTheLimit() throws Exception {
        int counted = Parallel.run(20, i -> attempts().countAttempt(key, minutesAgo(1), minutesAgo(15), 5))
                .stream().mapToInt(ok -> ok ? 1 : 0).sum();

        assertThat(counted).isEqualTo(5);
        assertThat(attempts().failuresSince(key, minutesAgo(15))).isEqualTo(5);
    }
}
