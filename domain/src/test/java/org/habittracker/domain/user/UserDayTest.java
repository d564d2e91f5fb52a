package org.habittracker.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.habit.HexColor;
import org.habittracker.domain.habit.Schedule;
import org.habittracker.domain.progress.DayState;
import org.habittracker.domain.progress.HabitProgress;
import org.habittracker.domain.shared.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The user's day: local date in their zone, starting at their day-start hour on the wall clock. */
class UserDayTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Instant at(String localDateTime, ZoneId zone) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), zone).toInstant();
    }

    @Test
    @DisplayName("with a day start of 3, 01:30 still belongs to yesterday and 03:00 starts today")
    void dayStartAcrossMidnight() {
        UserDay nightOwl = new UserDay(BERLIN, 3);

        assertThat(nightOwl.dayOf(at("2026-11-22T01:30", BERLIN))).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(nightOwl.dayOf(at("2026-11-22T02:59:59", BERLIN))).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(nightOwl.dayOf(at("2026-11-22T03:00", BERLIN))).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(nightOwl.dayOf(at("2026-11-21T23:59", BERLIN))).isEqualTo(LocalDate.of(2026, 11, 21));
    }

    @Test
    @DisplayName("with a day start of 0 the day is the calendar date in the user's zone")
    void midnightStart() {
        UserDay early = new UserDay(BERLIN, 0);

        assertThat(early.dayOf(at("2026-11-22T00:00", BERLIN))).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(early.startOf(LocalDate.of(2026, 11, 22))).isEqualTo(at("2026-11-22T00:00", BERLIN));
    }

    @Test
    @DisplayName("a time zone change moves today, not recorded days: a check-in made for Berlin's today waits in New York")
    void timeZoneChange() {
        Instant lateEvening = Instant.parse("2026-11-22T03:30:00Z"); // 04:30 in Berlin, 22:30 the day before in New York
        LocalDate berlinToday = new UserDay(BERLIN, 0).dayOf(lateEvening);
        LocalDate newYorkToday = new UserDay(NEW_YORK, 0).dayOf(lateEvening);
        assertThat(berlinToday).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(newYorkToday).isEqualTo(LocalDate.of(2026, 11, 21));

        HabitId id = new HabitId(UUID.randomUUID());
        UserId owner = new UserId(UUID.randomUUID());
        Habit daily = new Habit(id, owner, "Walk", "", new HexColor("#00897b"), Optional.empty(), new Schedule.Daily(),
                new Goal.YesNo(), LocalDate.of(2026, 11, 20), OptionalInt.empty(), false, 0, lateEvening);
        List<CheckIn> recordedInBerlin = List.of(CheckIn.done(id, berlinToday));

        HabitProgress afterTheFlight = HabitProgress.analyse(daily, recordedInBerlin, List.of(), newYorkToday,
                DayOfWeek.MONDAY);
        assertThat(afterTheFlight.stateOn(berlinToday)).isEmpty();
        assertThat(afterTheFlight.stateOn(newYorkToday)).contains(DayState.PENDING);

        HabitProgress nextDay = HabitProgress.analyse(daily, recordedInBerlin, List.of(), berlinToday,
                DayOfWeek.MONDAY);
        assertThat(nextDay.stateOn(berlinToday)).contains(DayState.SATISFIED);
    }

    @Test
    @DisplayName("the day the clocks go forward lasts 23 hours, and 02:30 on the wall never happens")
    void springForwardDay() {
        UserDay midnight = new UserDay(BERLIN, 0);
        LocalDate springForward = LocalDate.of(2026, 3, 29);

        assertThat(Duration.between(midnight.startOf(springForward), midnight.startOf(springForward.plusDays(1))))
                .isEqualTo(Duration.ofHours(23));
        assertThat(midnight.dayOf(Instant.parse("2026-03-29T00:59:59Z"))).isEqualTo(springForward);
        assertThat(midnight.dayOf(Instant.parse("2026-03-29T01:00:00Z"))).isEqualTo(springForward);
    }

    @Test
    @DisplayName("the day the clocks go back lasts 25 hours, and both 02:30s belong to it")
    void fallBackDay() {
        UserDay midnight = new UserDay(BERLIN, 0);
        LocalDate fallBack = LocalDate.of(2026, 10, 25);

        assertThat(Duration.between(midnight.startOf(fallBack), midnight.startOf(fallBack.plusDays(1))))
                .isEqualTo(Duration.ofHours(25));
        assertThat(midnight.dayOf(Instant.parse("2026-10-25T00:30:00Z"))).isEqualTo(fallBack); // 02:30 summer time
        assertThat(midnight.dayOf(Instant.parse("2026-10-25T01:30:00Z"))).isEqualTo(fallBack); // 02:30 winter time
    }

    @Test
    @DisplayName("a night owl's day that holds the jump forward lasts 23 hours and still ends at 03:00 on the wall")
    void nightOwlOverSpringForward() {
        UserDay nightOwl = new UserDay(BERLIN, 3);
        LocalDate saturday = LocalDate.of(2026, 3, 28);

        assertThat(Duration.between(nightOwl.startOf(saturday), nightOwl.startOf(saturday.plusDays(1))))
                .isEqualTo(Duration.ofHours(23));
        assertThat(nightOwl.dayOf(at("2026-03-29T01:59", BERLIN))).isEqualTo(saturday);
        assertThat(nightOwl.dayOf(at("2026-03-29T03:00", BERLIN))).isEqualTo(saturday.plusDays(1));
    }

    @Test
    @DisplayName("a day start that falls in the DST gap starts the day when the clock jumps")
    void dayStartInsideTheGap() {
        UserDay two = new UserDay(BERLIN, 2);
        LocalDate springForward = LocalDate.of(2026, 3, 29);

        assertThat(two.startOf(springForward)).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(two.dayOf(Instant.parse("2026-03-29T00:59:59Z"))).isEqualTo(springForward.minusDays(1));
        assertThat(two.dayOf(Instant.parse("2026-03-29T01:00:00Z"))).isEqualTo(springForward);
    }

    @Test
    @DisplayName("a leap day is a user day of 24 hours like any other")
    void leapDay() {
        UserDay user = new UserDay(BERLIN, 0);
        LocalDate leapDay = LocalDate.of(2028, 2, 29);

        assertThat(user.dayOf(at("2028-02-29T12:00", BERLIN))).isEqualTo(leapDay);
        assertThat(user.dayOf(at("2028-03-01T00:30", BERLIN))).isEqualTo(LocalDate.of(2028, 3, 1));
        assertThat(Duration.between(user.startOf(leapDay), user.startOf(leapDay.plusDays(1))))
                .isEqualTo(Duration.ofHours(24));
    }

    @Test
    @DisplayName("a day start outside 0–5 is refused on the field dayStartHour")
    void dayStartOutOfRange() {
        assertThatThrownBy(() -> new UserDay(BERLIN, 6)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("dayStartHour"));
    }
}
