package org.habittracker.adapters.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JitteredBackoffTest {
    private final JitteredBackoff backoff = new JitteredBackoff(Duration.ofMillis(20), Duration.ofSeconds(2));

    @Test
    @DisplayName("delays stay between the lower bound and the doubling ceiling, and never above the upper bound")
    void delaysStayInBounds() {
        for (long attempt = 0; attempt < 64; attempt++) {
            long ceiling = Math.min(2_000, 20L << Math.min(attempt, 20));
            for (int draw = 0; draw < 50; draw++) {
                assertThat(backoff.delay(attempt).toMillis()).isBetween(20L, ceiling);
            }
        }
    }

    @Test
    @DisplayName("Lettuce's reconnects use the same delays")
    void lettuceDelayUsesTheSameBounds() {
        io.lettuce.core.resource.Delay delay = backoff.asLettuceDelay();

        assertThat(delay.createDelay(0).toMillis()).isEqualTo(20);
        assertThat(delay.createDelay(30).toMillis()).isBetween(20L, 2_000L);
    }

    @Test
    @DisplayName("delays are spread out, so many clients do not reconnect in step")
    void delaysAreJittered() {
        Set<Duration> distinct = new HashSet<>();
        IntStream.range(0, 100).forEach(i -> distinct.add(backoff.delay(10)));

        assertThat(distinct).hasSizeGreaterThan(50);
    }
}
