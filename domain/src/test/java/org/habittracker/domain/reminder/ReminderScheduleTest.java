package org.habittracker.domain.reminder;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.reminder.ReminderSchedule.Due;
import org.habittracker.domain.user.UserDay;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** When a reminder is due, in the owner's time zone and day, across daylight-saving changes. */
class ReminderScheduleTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");
    private static final ZoneId APIA = ZoneId.of("Pacific/Apia");
    private static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);
    private static final HabitId HABIT = new HabitId(UUID.fromString("00000000-0000-7000-8000-000000000001"));

    private static Reminder reminder(String time, Set<DayOfWeek> days) {
        return Reminder.of(HABIT, LocalTime.parse(time), days);
    }

    /** A wall-clock time with its offset spelt out, so that each expectation says which side of a change it is. */
    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    private static Due next(Reminder reminder, ZoneId zone, int dayStart, String now) {
        return ReminderSchedule.next(reminder, new UserDay(zone, dayStart), at(now));
    }

    @Test
    @DisplayName("a daily reminder is due at its time today while that is ahead, else tomorrow")
    void todayOrTomorrow() {
        Reminder daily = reminder("08:30", EVERY_DAY);

        assertThat(next(daily, BERLIN, 0, "2026-12-07T07:00+01:00"))
                .isEqualTo(new Due(at("2026-12-07T08:30+01:00"), LocalDate.parse("2026-12-07"), false));
        assertThat(next(daily, BERLIN, 0, "2026-12-07T08:30+01:00").at()).isEqualTo(at("2026-12-07T08:30+01:00"));
        assertThat(next(daily, BERLIN, 0, "2026-12-07T08:30:01+01:00"))
                .isEqualTo(new Due(at("2026-12-08T08:30+01:00"), LocalDate.parse("2026-12-08"), false));
    }

    @Test
    @DisplayName("only the chosen weekdays are due")
    void chosenWeekdays() {
        Reminder mondayAndWednesday = reminder("18:00", EnumSet.of(MONDAY, WEDNESDAY));

        // Tuesday 8 December 2026: next is Wednesday; after Wednesday's, next Monday.
        assertThat(next(mondayAndWednesday, NEW_YORK, 0, "2026-12-08T09:00-05:00").at())
                .isEqualTo(at("2026-12-09T18:00-05:00"));
        assertThat(next(mondayAndWednesday, NEW_YORK, 0, "2026-12-09T18:00:30-05:00").at())
                .isEqualTo(at("2026-12-14T18:00-05:00"));
    }

    @Test
    @DisplayName("with a 02:00 day start, a 01:30 reminder on Monday rings at 01:30 on calendar Tuesday")
    void timeBeforeDayStartFallsOnTheNextCalendarDate() {
        Reminder monday = reminder("01:30", EnumSet.of(MONDAY));

        Due due = next(monday, BERLIN, 2, "2026-12-07T12:00+01:00");

        assertThat(due).isEqualTo(new Due(at("2026-12-08T01:30+01:00"), LocalDate.parse("2026-12-07"), false));
        // At 01:00 on calendar Tuesday it is still the owner's Monday, and its send is still ahead.
        assertThat(next(monday, BERLIN, 2, "2026-12-08T01:00+01:00").at()).isEqualTo(at("2026-12-08T01:30+01:00"));
        // Once past, the next is the following Monday's, again on the calendar Tuesday.
        assertThat(next(monday, BERLIN, 2, "2026-12-08T01:45+01:00").at()).isEqualTo(at("2026-12-15T01:30+01:00"));
    }

    @Test
    @DisplayName("a time at or after the day start falls on the owner's day's own calendar date")
    void timeAtDayStartFallsOnTheSameDate() {
        Reminder monday = reminder("05:00", EnumSet.of(MONDAY));

        assertThat(next(monday, BERLIN, 5, "2026-12-07T04:00+01:00"))
                .isEqualTo(new Due(at("2026-12-07T05:00+01:00"), LocalDate.parse("2026-12-07"), false));
        // 04:00 on Monday is still the owner's Sunday with a 05:00 day start: the same send is next.
        assertThat(next(monday, BERLIN, 5, "2026-12-07T04:59+01:00").day()).isEqualTo(LocalDate.parse("2026-12-07"));
    }

    @Test
    @DisplayName("Berlin, spring: 02:30 does not exist on 29 March 2026 and rings when the clock jumps, at 03:00 CEST")
    void berlinSpringGap() {
        Reminder daily = reminder("02:30", EVERY_DAY);

        assertThat(next(daily, BERLIN, 0, "2026-03-29T00:00+01:00").at()).isEqualTo(at("2026-03-29T03:00+02:00"));
        assertThat(next(daily, BERLIN, 0, "2026-03-28T02:31+01:00").at()).isEqualTo(at("2026-03-29T03:00+02:00"));
        assertThat(next(daily, BERLIN, 0, "2026-03-29T03:00:01+02:00").at()).isEqualTo(at("2026-03-30T02:30+02:00"));
    }

    @Test
    @DisplayName("Berlin, autumn: 02:30 happens twice on 25 October 2026 and rings once, at the first (CEST)")
    void berlinAutumnOverlap() {
        Reminder daily = reminder("02:30", EVERY_DAY);
        UserDay userDay = new UserDay(BERLIN, 0);

        Due first = ReminderSchedule.next(daily, userDay, at("2026-10-25T00:00+02:00"));
        assertThat(first.at()).isEqualTo(at("2026-10-25T02:30+02:00"));

        // Handled then; seen again at the second 02:30 (CET), the next is Monday's, not a second Sunday one.
        Due after = ReminderSchedule.after(daily, first, userDay, at("2026-10-25T02:30+01:00"));
        assertThat(after.at()).isEqualTo(at("2026-10-26T02:30+01:00"));
        // Even a fresh look between the two 02:30s does not find a second send that day.
        assertThat(ReminderSchedule.next(daily, userDay, at("2026-10-25T02:45+02:00")).at())
                .isEqualTo(at("2026-10-26T02:30+01:00"));
    }

    @Test
    @DisplayName("New York: 02:15 on 8 March 2026 rings at 03:00 EDT; 01:30 on 1 November 2026 rings at the EDT one")
    void newYorkChanges() {
        assertThat(next(reminder("02:15", EVERY_DAY), NEW_YORK, 0, "2026-03-08T00:00-05:00").at())
                .isEqualTo(at("2026-03-08T03:00-04:00"));
        assertThat(next(reminder("01:30", EVERY_DAY), NEW_YORK, 0, "2026-11-01T00:00-04:00").at())
                .isEqualTo(at("2026-11-01T01:30-04:00"));
    }

    @Test
    @DisplayName("New York with a 03:00 day start: the DST night's 02:15 is the owner's Saturday's, at the jump")
    void newYorkDayStartOverTheGap() {
        // 02:15 is before the 03:00 day start, so Saturday 7 March's send is on calendar Sunday 8 March, in the gap:
        // it rings at the jump, 03:00 EDT, which is also the instant the owner's Sunday begins.
        Due due = next(reminder("02:15", EVERY_DAY), NEW_YORK, 3, "2026-03-07T12:00-05:00");

        assertThat(due).isEqualTo(new Due(at("2026-03-08T03:00-04:00"), LocalDate.parse("2026-03-07"), false));
    }

    @Test
    @DisplayName("Lord Howe's half-hour changes: 02:10 in the October gap rings at 02:30; 01:45 in April rings once")
    void lordHoweHalfHour() {
        // 4 October 2026: 02:00 (+10:30) jumps to 02:30 (+11:00).
        assertThat(next(reminder("02:10", EVERY_DAY), LORD_HOWE, 0, "2026-10-04T00:00+10:30").at())
                .isEqualTo(at("2026-10-04T02:30+11:00"));
        // 5 April 2026: 02:00 (+11:00) goes back to 01:30 (+10:30); 01:45 happens twice.
        UserDay userDay = new UserDay(LORD_HOWE, 0);
        Reminder quarterToTwo = reminder("01:45", EVERY_DAY);
        Due first = ReminderSchedule.next(quarterToTwo, userDay, at("2026-04-05T00:00+11:00"));
        assertThat(first.at()).isEqualTo(at("2026-04-05T01:45+11:00"));
        assertThat(ReminderSchedule.after(quarterToTwo, first, userDay, at("2026-04-05T01:45+10:30")).at())
                .isEqualTo(at("2026-04-06T01:45+10:30"));
    }

    @Test
    @DisplayName("Apia skipped 30 December 2011 whole: that day has no send, the next is on the 31st")
    void apiaSkippedDate() {
        Due due = next(reminder("08:30", EVERY_DAY), APIA, 0, "2011-12-29T10:00-10:00");

        assertThat(due).isEqualTo(new Due(at("2011-12-31T08:30+14:00"), LocalDate.parse("2011-12-31"), false));
    }

    @Test
    @DisplayName("far dates work as near ones")
    void farDates() {
        assertThat(next(reminder("07:00", EnumSet.of(MONDAY)), BERLIN, 4, "9999-12-25T12:00+01:00").at())
                .isEqualTo(at("9999-12-27T07:00+01:00"));
        assertThat(next(reminder("02:30", EVERY_DAY), BERLIN, 0, "2100-03-28T00:00+01:00").at())
                .isEqualTo(at("2100-03-28T03:00+02:00")); // last Sunday of March 2100 is the 28th: a gap
        assertThat(next(reminder("23:59", EVERY_DAY), ZoneId.of("UTC"), 0, "2000-01-01T00:00Z").at())
                .isEqualTo(at("2000-01-01T23:59Z"));
    }

    @Test
    @DisplayName("a snooze is the next send, and after it the regular sends resume on the day after the snoozed one")
    void snoozeReplacesTheRestOfTheDay() {
        UserDay userDay = new UserDay(BERLIN, 0);
        Reminder daily = reminder("08:30", EVERY_DAY);
        // Snoozed at 07:00 on 7 December for ten minutes: that day's 08:30 is replaced.
        Reminder snoozed = daily.withSnooze(new Reminder.Snooze(at("2026-12-07T07:10+01:00"), LocalDate.parse("2026-12-07")));

        Due due = ReminderSchedule.next(snoozed, userDay, at("2026-12-07T07:00+01:00"));
        assertThat(due).isEqualTo(new Due(at("2026-12-07T07:10+01:00"), LocalDate.parse("2026-12-07"), true));

        assertThat(ReminderSchedule.after(snoozed, due, userDay, at("2026-12-07T07:10+01:00")).at())
                .isEqualTo(at("2026-12-08T08:30+01:00"));
    }

    @Test
    @DisplayName("a snooze asked late in the evening that ends after midnight leaves the next day's send alone")
    void snoozeOverMidnight() {
        UserDay userDay = new UserDay(BERLIN, 0);
        Reminder snoozed = reminder("08:30", EVERY_DAY)
                .withSnooze(new Reminder.Snooze(at("2026-12-08T00:05+01:00"), LocalDate.parse("2026-12-07")));

        Due due = ReminderSchedule.next(snoozed, userDay, at("2026-12-07T23:55+01:00"));

        assertThat(ReminderSchedule.after(snoozed, due, userDay, at("2026-12-08T00:05+01:00")).at())
                .isEqualTo(at("2026-12-08T08:30+01:00"));
    }

    @Test
    @DisplayName("after a send handled days late, the next is the first one still ahead")
    void lateHandlingSkipsToNow() {
        UserDay userDay = new UserDay(BERLIN, 0);
        Reminder daily = reminder("08:30", EVERY_DAY);
        Due stale = new Due(at("2026-12-01T08:30+01:00"), LocalDate.parse("2026-12-01"), false);

        assertThat(ReminderSchedule.after(daily, stale, userDay, at("2026-12-07T09:00+01:00")).at())
                .isEqualTo(at("2026-12-08T08:30+01:00"));
    }

    @Test
    @DisplayName("in every zone, on every day of 2026, each due send lies in its own owner's day, on a chosen weekday")
    void invariantsAcrossZones() {
        List<ZoneId> zones = ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).toList();
        Set<DayOfWeek> days = EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.SUNDAY);
        List<Reminder> reminders = List.of(reminder("00:00", days), reminder("01:30", days), reminder("02:30", days),
                reminder("23:59", EVERY_DAY));
        for (ZoneId zone : zones) {
            for (int dayStart : new int[] {0, 2, 5}) {
                UserDay userDay = new UserDay(zone, dayStart);
                for (Reminder r : reminders) {
                    Instant now = at("2026-01-01T00:00Z");
                    Optional<Due> previous = Optional.empty();
                    while (now.isBefore(at("2027-01-01T00:00Z"))) {
                        Due due = previous.map(p -> ReminderSchedule.after(r, p, userDay, p.at()))
                                .orElseGet(() -> ReminderSchedule.next(r, userDay, at("2026-01-01T00:00Z")));
                        assertThat(due.at()).as("%s %s %s", zone, dayStart, r.time()).isAfterOrEqualTo(now);
                        // Inside its day, or (a time in a gap at the end of the night) at the instant the next begins.
                        if (!userDay.dayOf(due.at()).equals(due.day())) {
                            assertThat(due.at()).as("%s %s %s", zone, dayStart, r.time())
                                    .isEqualTo(userDay.startOf(due.day().plusDays(1)));
                        }
                        assertThat(r.days()).contains(due.day().getDayOfWeek());
                        previous.ifPresent(p -> assertThat(due.day()).isAfter(p.day()));
                        assertThat(Duration.between(now, due.at())).isLessThanOrEqualTo(Duration.ofDays(9));
                        now = due.at().plusSeconds(1);
                        previous = Optional.of(due);
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("the local wall-clock time of a send is the reminder's, except in a gap")
    void wallClockTime() {
        Due due = next(reminder("21:15", EVERY_DAY), ZoneId.of("Asia/Kolkata"), 0, "2026-06-01T00:00+05:30");

        assertThat(LocalDateTime.ofInstant(due.at(), ZoneId.of("Asia/Kolkata")))
                .isEqualTo(LocalDateTime.parse("2026-06-01T21:15"));
    }
}
