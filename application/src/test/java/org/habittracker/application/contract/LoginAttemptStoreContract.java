package org.habittracker.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.habittracker.application.port.out.LoginAttemptStore;
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

    @Test
    @DisplayName("a key with no failures counts none and has no last failure")
    void unknownKeyHasNoFailures() {
        assertThat(attempts().failuresSince(key, minutesAgo(15))).isZero();
        assertThat(attempts().lastFailure(key)).isEqualTo(Instant.EPOCH);
    }

    @Test
    @DisplayName("recording a failure returns the failures in the window, this one included")
    void recordFailureReturnsTheRunningCount() {
        assertThat(attempts().recordFailure(key, minutesAgo(3), minutesAgo(15))).isEqualTo(1);
        assertThat(attempts().recordFailure(key, minutesAgo(2), minutesAgo(15))).isEqualTo(2);
        assertThat(attempts().recordFailure(key, minutesAgo(1), minutesAgo(15))).isEqualTo(3);
    }

    @Test
    @DisplayName("failures before the start of the window are not counted")
    void oldFailuresAreOutsideTheWindow() {
        attempts().recordFailure(key, minutesAgo(40), minutesAgo(55));
        attempts().recordFailure(key, minutesAgo(20), minutesAgo(55));

        assertThat(attempts().failuresSince(key, minutesAgo(30))).isEqualTo(1);
        assertThat(attempts().failuresSince(key, minutesAgo(15))).isZero();
        assertThat(attempts().recordFailure(key, minutesAgo(1), minutesAgo(15))).isEqualTo(1);
    }

    @Test
    @DisplayName("failures of one key do not count for another")
    void keysAreIndependent() {
        String other = TestData.uniqueUsername("other");
        attempts().recordFailure(key, minutesAgo(2), minutesAgo(15));
        attempts().recordFailure(key, minutesAgo(1), minutesAgo(15));

        assertThat(attempts().failuresSince(other, minutesAgo(15))).isZero();
        assertThat(attempts().recordFailure(other, minutesAgo(1), minutesAgo(15))).isEqualTo(1);
    }

    @Test
    @DisplayName("the last failure is the latest one recorded")
    void lastFailureIsTheLatest() {
        attempts().recordFailure(key, minutesAgo(5), minutesAgo(15));
        attempts().recordFailure(key, minutesAgo(1), minutesAgo(15));
        attempts().recordFailure(key, minutesAgo(3), minutesAgo(15));

        assertThat(attempts().lastFailure(key)).isEqualTo(minutesAgo(1));
    }

    @Test
    @DisplayName("clearing a key forgets its failures and keeps other keys'")
    void clearForgetsTheKey() {
        String other = TestData.uniqueUsername("other");
        attempts().recordFailure(key, minutesAgo(2), minutesAgo(15));
        attempts().recordFailure(other, minutesAgo(2), minutesAgo(15));

        attempts().clear(key);

        assertThat(attempts().failuresSince(key, minutesAgo(15))).isZero();
        assertThat(attempts().lastFailure(key)).isEqualTo(Instant.EPOCH);
        assertThat(attempts().failuresSince(other, minutesAgo(15))).isEqualTo(1);
    }

    @Test
    @DisplayName("two failures at the same instant both count")
    void simultaneousFailuresBothCount() {
        attempts().recordFailure(key, minutesAgo(1), minutesAgo(15));

        assertThat(attempts().recordFailure(key, minutesAgo(1), minutesAgo(15))).isEqualTo(2);
    }
}
