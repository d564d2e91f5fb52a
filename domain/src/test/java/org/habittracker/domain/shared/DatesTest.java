package org.habittracker.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.checkin.PauseId;
import org.habittracker.domain.progress.Milestone;
import org.habittracker.domain.progress.MilestoneKind;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: far days and instants reached PostgreSQL and came back as 500 ({@code date out of range},
 * {@code cannot subtract infinite dates}); now the one rule refuses them naming the field.
 */
class DatesTest {

    private static void assertRefused(String field, String code, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo(field);
                    assertThat(v.code()).isEqualTo(code);
                }));
    }

    @Test
    @DisplayName("the first and last storable days are taken")
    void boundsAreTaken() {
        assertThat(Dates.storable(LocalDate.of(2000, 1, 1), "day")).isEqualTo(Dates.EARLIEST);
        assertThat(Dates.storable(LocalDate.of(9999, 12, 31), "day")).isEqualTo(Dates.LATEST);
    }

    @Test
    @DisplayName("a day after 9999-12-31 is too late, LocalDate.MAX included")
    void farDayIsTooLate() {
        assertRefused("from", "too_late", () -> Dates.storable(LocalDate.of(10000, 1, 1), "from"));
        assertRefused("from", "too_late", () -> Dates.storable(LocalDate.parse("+999999999-01-01"), "from"));
        assertRefused("from", "too_late", () -> Dates.storable(LocalDate.MAX, "from"));
    }

    @Test
    @DisplayName("a day before 2000-01-01 is too early")
    void earlyDayIsTooEarly() {
        assertRefused("day", "too_early", () -> Dates.storable(LocalDate.of(1999, 12, 31), "day"));
    }

    @Test
    @DisplayName("an instant of year +1e9 or -1e9 is refused; the last nanosecond of 9999 is taken")
    void instantsHaveTheSameYears() {
        assertRefused("createdAt", "too_late", () -> Dates.storable(Instant.parse("+1000000000-01-01T00:00:00Z"), "createdAt"));
        assertRefused("createdAt", "too_early", () -> Dates.storable(Instant.parse("-1000000000-01-01T00:00:00Z"), "createdAt"));
        assertRefused("createdAt", "too_early", () -> Dates.storable(Instant.EPOCH, "createdAt"));
        assertThat(Dates.storable(Instant.parse("9999-12-31T23:59:59.999999999Z"), "createdAt")).isEqualTo(Dates.LATEST_INSTANT);
    }

    @Test
    @DisplayName("a pause ending on LocalDate.MAX is refused before it can become 'infinity'")
    void pauseCannotReachInfinity() {
        assertRefused("to", "too_late", () -> new Pause(new PauseId(UUID.randomUUID()), new UserId(UUID.randomUUID()),
                Optional.empty(), LocalDate.of(9999, 12, 31), LocalDate.MAX));
    }

    @Test
    @DisplayName("a milestone reached before 2000 is refused naming reachedOn")
    void milestoneBefore2000() {
        assertRefused("reachedOn", "too_early", () -> new Milestone(MilestoneKind.values()[0], LocalDate.of(1999, 1, 1)));
    }
}
