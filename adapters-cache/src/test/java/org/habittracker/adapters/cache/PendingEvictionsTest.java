package org.habittracker.adapters.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PendingEvictionsTest {
    private final PendingEvictions pending = new PendingEvictions(3);

    private static Eviction key(String name) {
        return new Eviction.Key(name);
    }

    @Test
    @DisplayName("a drain replays every queued eviction once and leaves nothing")
    void drainReplaysEverything() {
        pending.add(key("a"));
        pending.add(key("b"));
        pending.add(key("a"));
        List<Eviction> replayed = new ArrayList<>();

        assertThat(pending.drain(replayed::add)).isEqualTo(PendingEvictions.Drained.ALL);

        assertThat(replayed).containsExactlyInAnyOrder(key("a"), key("b"));
        assertThat(pending.isEmpty()).isTrue();
    }

    @Test
    @DisplayName("a failed replay keeps the failed eviction and the ones not yet replayed")
    void failedDrainKeepsTheRest() {
        pending.add(key("a"));
        pending.add(new Eviction.UserSessions(new UserId(UUID.randomUUID())));

        assertThatThrownBy(() -> pending.drain(e -> {
            throw new IllegalStateException("Redis is down");
        })).hasMessage("Redis is down");

        assertThat(pending.size()).isEqualTo(2);
    }

    @Test
    @DisplayName("an eviction queued again while a drain replays it stays queued")
    void requeuedDuringDrainStays() {
        pending.add(key("a"));

        pending.drain(e -> pending.add(key("a")));

        assertThat(pending.size()).isEqualTo(1);
    }

    @Test
    @DisplayName("past the limit it remembers only that it overflowed, and the next full drain says so once")
    void overflowIsReported() {
        pending.add(key("a"));
        pending.add(key("b"));
        pending.add(key("c"));
        pending.add(key("d"));

        assertThat(pending.size()).isEqualTo(3);
        assertThat(pending.drain(e -> { })).isEqualTo(PendingEvictions.Drained.ALL_AFTER_OVERFLOW);
        assertThat(pending.isEmpty()).isTrue();
        assertThat(pending.drain(e -> { })).isEqualTo(PendingEvictions.Drained.ALL);
    }

    @Test
    @DisplayName("an overflow survives a failed drain")
    void overflowSurvivesFailedDrain() {
        pending.add(key("a"));
        pending.add(key("b"));
        pending.add(key("c"));
        pending.add(key("d"));

        assertThatThrownBy(() -> pending.drain(e -> {
            throw new IllegalStateException("down");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(pending.drain(e -> { })).isEqualTo(PendingEvictions.Drained.ALL_AFTER_OVERFLOW);
    }
}
