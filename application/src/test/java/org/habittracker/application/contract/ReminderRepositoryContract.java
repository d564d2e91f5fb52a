package org.habittracker.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.ReminderRepository;
import org.habittracker.application.port.out.ReminderRepository.DueReminder;
import org.habittracker.application.port.out.ReminderSends;
import org.habittracker.application.port.out.UserRepository;
import org.habittracker.application.testing.TestData;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.reminder.Reminder;
import org.habittracker.domain.reminder.ReminderSchedule.Due;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ReminderRepository} and {@link ReminderSends} do: one reminder per habit, owner-scoped, found
 * due by its stored next send, moved on only from the send handled, gone with the habit or the owner; a send
 * claimed once only.
 */
public abstract class ReminderRepositoryContract {
    private static final Instant NINE = Instant.parse("2026-12-07T09:00:00Z");
    private static final LocalDate MONDAY = LocalDate.parse("2026-12-07");

    protected abstract UserRepository users();

    protected abstract HabitRepository habits();

    protected abstract ReminderRepository reminders();

    protected abstract ReminderSends sends();

    private UserId ada;
    private UserId bob;
    private Habit run;
    private Habit read;

    @BeforeEach
    void createOwnersAndHabits() {
        ada = addUser();
        bob = addUser();
        run = TestData.habit(ada, "Run", 0);
        read = TestData.habit(ada, "Read", 1);
        habits().add(run);
        habits().add(read);
    }

    private UserId addUser() {
        User user = TestData.user();
        users().add(user);
        return user.id();
    }

    private static Reminder reminder(Habit habit, String time) {
        return Reminder.of(habit.id(), LocalTime.parse(time), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.SUNDAY));
    }

    private static Due due(Instant at) {
        return new Due(at, MONDAY, false);
    }

    @Test
    @DisplayName("a saved reminder is found by its owner only, and saving again replaces it")
    void saveFindReplace() {
        reminders().save(ada, reminder(run, "09:00"), due(NINE));
        Reminder snoozed = reminder(run, "10:30").withSnooze(new Reminder.Snooze(NINE.plusSeconds(600), MONDAY));
        reminders().save(ada, snoozed, due(NINE.plusSeconds(600)));

        assertThat(reminders().find(ada, run.id())).contains(snoozed);
        assertThat(reminders().find(bob, run.id())).isEmpty();
        assertThat(reminders().findAll(ada)).containsExactly(snoozed);
        assertThat(reminders().findAll(bob)).isEmpty();
    }

    @Test
    @DisplayName("a reminder cannot be saved for another owner's habit")
    void foreignHabit() {
        assertThatThrownBy(() -> reminders().save(bob, reminder(run, "09:00"), due(NINE)))
                .isInstanceOf(RuntimeException.class);
        assertThat(reminders().findAll(ada)).isEmpty();
    }

    /** findDue is every owner's: the tests sharing a store see each other's rows, so they look at Ada's only. */
    private List<DueReminder> adasDue(Instant now) {
        return reminders().findDue(now, 1000).stream().filter(d -> d.owner().equals(ada)).toList();
    }

    @Test
    @DisplayName("due are the reminders whose next send is at or before now, earliest first, up to the limit")
    void findDue() {
        // Earlier than any other test's sends, so that the limit's first is this test's.
        Instant early = Instant.parse("2001-01-01T09:00:00Z");
        reminders().save(ada, reminder(run, "09:00"), due(early));
        reminders().save(ada, reminder(read, "08:00"), due(early.minusSeconds(3600)));

        assertThat(adasDue(early.minusSeconds(3601))).isEmpty();
        assertThat(adasDue(early)).extracting(d -> d.reminder().habitId()).containsExactly(read.id(), run.id());
        assertThat(reminders().findDue(early, 1)).singleElement()
                .isEqualTo(new DueReminder(ada, reminder(read, "08:00"), due(early.minusSeconds(3600))));
    }

    @Test
    @DisplayName("advance moves on from the send handled only: after an edit it does nothing")
    void conditionalAdvance() {
        Reminder runAtNine = reminder(run, "09:00");
        reminders().save(ada, runAtNine, due(NINE));
        Due tomorrow = new Due(NINE.plusSeconds(86_400), MONDAY.plusDays(1), false);

        assertThat(reminders().advance(ada, runAtNine, due(NINE), tomorrow)).isTrue();
        assertThat(adasDue(NINE)).isEmpty();
        assertThat(reminders().advance(ada, runAtNine, due(NINE), due(NINE))).isFalse();
        assertThat(reminders().advance(bob, runAtNine, tomorrow, due(NINE))).isFalse();
        assertThat(adasDue(tomorrow.at())).singleElement().extracting(DueReminder::due)
                .isEqualTo(tomorrow);
    }

    @Test
    @DisplayName("delete removes the owner's reminder only; a second delete finds none")
    void delete() {
        reminders().save(ada, reminder(run, "09:00"), due(NINE));

        assertThat(reminders().delete(bob, run.id())).isFalse();
        assertThat(reminders().delete(ada, run.id())).isTrue();
        assertThat(reminders().delete(ada, run.id())).isFalse();
        assertThat(reminders().findAll(ada)).isEmpty();
    }

    @Test
    @DisplayName("a deleted habit or owner takes its reminders with it")
    void cascade() {
        reminders().save(ada, reminder(run, "09:00"), due(NINE));
        reminders().save(ada, reminder(read, "09:00"), due(NINE));
        sends().claim(ada, run.id(), due(NINE), NINE);

        habits().delete(ada, run.id());
        assertThat(reminders().findAll(ada)).extracting(Reminder::habitId).containsExactly(read.id());

        users().delete(ada);
        assertThat(adasDue(NINE)).isEmpty();
    }

    @Test
    @DisplayName("claims made before an instant are forgotten, oldest first and at most the limit; then claimable again")
    void forgetOldClaims() {
        // Long before any other test's claims: the table may be shared with them.
        Instant longAgo = Instant.parse("1990-01-01T09:00:00Z");
        Due monday = due(NINE);
        Due tuesday = new Due(NINE, MONDAY.plusDays(1), false);
        Due wednesday = new Due(NINE, MONDAY.plusDays(2), false);
        sends().claim(ada, run.id(), monday, longAgo);
        sends().claim(ada, run.id(), tuesday, longAgo.plusSeconds(86_400));
        sends().claim(ada, run.id(), wednesday, longAgo.plusSeconds(2 * 86_400));

        assertThat(sends().forgetClaimedBefore(longAgo.plusSeconds(2 * 86_400), 1)).isEqualTo(1);
        assertThat(sends().claim(ada, run.id(), monday, NINE)).as("the oldest went first").isTrue();
        assertThat(sends().claim(ada, run.id(), tuesday, NINE)).as("the limit kept it").isFalse();
        assertThat(sends().forgetClaimedBefore(longAgo.plusSeconds(2 * 86_400), 10)).isEqualTo(1);
        assertThat(sends().claim(ada, run.id(), wednesday, NINE)).as("not before the instant: kept").isFalse();
    }

    @Test
    @DisplayName("a send is claimed once: a day's regular send and each snooze are sends of their own")
    void claimOnce() {
        Due mondays = due(NINE);
        Due snooze = new Due(NINE.plusSeconds(600), MONDAY, true);

        assertThat(sends().claim(ada, run.id(), mondays, NINE)).isTrue();
        assertThat(sends().claim(ada, run.id(), new Due(NINE.plusSeconds(60), MONDAY, false), NINE)).isFalse();
        assertThat(sends().claim(ada, read.id(), mondays, NINE)).isTrue();
        assertThat(sends().claim(ada, run.id(), snooze, NINE)).isTrue();
        assertThat(sends().claim(ada, run.id(), snooze, NINE)).isFalse();
        assertThat(sends().claim(ada, run.id(), new Due(NINE, MONDAY.plusDays(1), false), NINE)).isTrue();
    }
}
