package org.habittracker.adapters.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FailureLogTest {

    @Test
    @DisplayName("a failure is described by type and message, with the password blanked out, cause included")
    void describeBlanksThePassword() {
        FailureLog log = new FailureLog(Optional.of("hunter2"), Duration.ofSeconds(30));
        RuntimeException failure = new RuntimeException("AUTH hunter2 failed",
                new IllegalStateException("connecting with hunter2"));

        assertThat(log.describe(failure))
                .isEqualTo("RuntimeException: AUTH **** failed (IllegalStateException: connecting with ****)");
    }

    @Test
    @DisplayName("with no password nothing is blanked")
    void noPassword() {
        FailureLog log = new FailureLog(Optional.empty(), Duration.ofSeconds(30));

        assertThat(log.describe(new RuntimeException("Connection refused"))).isEqualTo("RuntimeException: Connection refused");
    }
}
