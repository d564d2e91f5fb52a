package org.habittracker.application.service.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.habittracker.application.port.in.checkin.RecordCheckInCommand;
import org.habittracker.application.port.in.pause.CreatePauseCommand;
import org.habittracker.application.port.in.reminder.SendSummary;
import org.habittracker.application.port.in.reminder.SetReminderCommand;
import org.habittracker.application.port.in.reminder.SubscribeCommand;
import org.habittracker.application.port.out.PushOutcome;
import org.habittracker.application.service.OutboundPorts;
import org.habittracker.application.testing.HabitFixtures;
import org.habittracker.application.testing.InMemoryApplication;
import org.habittracker.application.testing.InMemoryPorts;
import org.habittracker.application.testing.RecordingPushDelivery;
import org.habittracker.domain.checkin.CheckInStatus;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The scheduler's round: Ada (Berlin) has a daily "Run" reminded at 18:00 and one browser. The clock starts
 * Sunday 22 November 2026, 10:30 Berlin; 18:00 Berlin is 17:00 UTC.
 */
class SendDueRemindersServiceTest {
    private static final Instant SIX_PM = Instant.parse("2026-11-22T17:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-22");
    private static final URI BROWSER = URI.create("https://push.example.net/ada-laptop");

    private final InMemoryApplication app = new InMemoryApplication();
    private final RecordingPushDelivery push = app.ports().push();
    private final UserId ada = app.registerUser("ada");
    private final HabitId run = app.services().habits().create(HabitFixtures.daily(ada, "Run")).id();

    @BeforeEach
    void remindAndSubscribe() {
        app.services().reminders().set(new SetReminderCommand(ada, run, LocalTime.of(18, 0),
                EnumSet.allOf(DayOfWeek.class)));
        app.services().pushSubscriptions().subscribe(new SubscribeCommand(ada, BROWSER.toString(),
                ManagePushSubscriptionsServiceTest.P256DH, ManagePushSubscriptionsServiceTest.AUTH));
    }

    private SendSummary sendAt(Instant now) {
        app.ports().clock().set(now);
        return app.services().sendDueReminders().sendDue(now);
    }

    @Test
    @DisplayName("before its time nothing is due; at it, the reminder is pushed once with the contract's payload")
    void sentAtItsTime() {
        assertThat(sendAt(SIX_PM.minusSeconds(60)).due()).isZero();

        SendSummary summary = sendAt(SIX_PM);

        assertThat(summary).isEqualTo(new SendSummary(true, 1, 1, 0, 0, 0));
        assertThat(push.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.target().endpoint()).isEqualTo(BROWSER);
            assertThat(sent.message().payloadJson()).isEqualTo("{\"type\":\"reminder\",\"habitId\":\"" + run
                    + "\",\"day\":\"2026-11-22\",\"title\":\"Run\",\"body\":\"Time for Run\",\"measured\":false,"
                    + "\"url\":\"/habits/" + run + "\"}");
            assertThat(sent.message().timeToLive()).isEqualTo(Duration.ofHours(1));
            assertThat(sent.message().topic()).contains(run.toString().replace("-", ""));
        });
    }

    @Test
    @DisplayName("once sent, the next round finds nothing until tomorrow's time")
    void onceADay() {
        sendAt(SIX_PM);

        assertThat(sendAt(SIX_PM.plusSeconds(60)).due()).isZero();
        assertThat(sendAt(SIX_PM.plus(Duration.ofDays(1))).sent()).isEqualTo(1);
        assertThat(push.sent()).hasSize(2);
    }

    @Test
    @DisplayName("a habit done today is not reminded of, and tomorrow's reminder still comes")
    void doneToday() {
        app.services().checkIns().record(new RecordCheckInCommand(ada, run, TODAY, CheckInStatus.DONE,
                Optional.empty(), Optional.empty()));

        assertThat(sendAt(SIX_PM)).isEqualTo(new SendSummary(true, 1, 0, 1, 0, 0));
        assertThat(sendAt(SIX_PM.plus(Duration.ofDays(1))).sent()).isEqualTo(1);
    }

    @Test
    @DisplayName("a day skipped (excused) is not reminded of")
    void skippedToday() {
        app.services().checkIns().record(new RecordCheckInCommand(ada, run, TODAY, CheckInStatus.SKIPPED,
                Optional.empty(), Optional.empty()));

        assertThat(sendAt(SIX_PM).skipped()).isEqualTo(1);
        assertThat(push.sent()).isEmpty();
    }

    @Test
    @DisplayName("a paused habit is not reminded of")
    void paused() {
        app.services().pauses().create(new CreatePauseCommand(ada, Optional.of(run), TODAY, TODAY.plusDays(3)));

        assertThat(sendAt(SIX_PM).skipped()).isEqualTo(1);
        assertThat(push.sent()).isEmpty();
    }

    @Test
    @DisplayName("an archived habit is not reminded of")
    void archived() {
        app.services().habits().archive(ada, run);

        assertThat(sendAt(SIX_PM).skipped()).isEqualTo(1);
        assertThat(push.sent()).isEmpty();
    }

    @Test
    @DisplayName("a subscription the push service calls gone is removed")
    void goneSubscription() {
        push.answer(BROWSER, new PushOutcome.SubscriptionGone(410));

        SendSummary summary = sendAt(SIX_PM);

        assertThat(summary.gone()).isEqualTo(1);
        assertThat(summary.sent()).isZero();
        assertThat(app.services().pushSubscriptions().list(ada)).isEmpty();
    }

    @Test
    @DisplayName("a push not delivered counts as failed, and is not retried that day")
    void notDelivered() {
        push.answer(BROWSER, new PushOutcome.NotDelivered("503 from the push service"));

        assertThat(sendAt(SIX_PM).failed()).isEqualTo(1);
        assertThat(sendAt(SIX_PM.plusSeconds(60)).due()).isZero();
    }

    @Test
    @DisplayName("a snooze sends again at its end, then the schedule goes on tomorrow")
    void snooze() {
        sendAt(SIX_PM);
        app.ports().clock().set(SIX_PM.plusSeconds(30));
        app.services().reminders().snooze(ada, run, 10);

        assertThat(sendAt(SIX_PM.plus(Duration.ofMinutes(9))).due()).isZero();
        assertThat(sendAt(SIX_PM.plus(Duration.ofMinutes(10)).plusSeconds(30)).sent()).isEqualTo(1);
        assertThat(app.services().reminders().get(ada, run).orElseThrow().snooze()).isEmpty();
        assertThat(sendAt(SIX_PM.plus(Duration.ofMinutes(20))).due()).isZero();
        assertThat(sendAt(SIX_PM.plus(Duration.ofDays(1))).sent()).isEqualTo(1);
        assertThat(push.sent()).hasSize(3);
    }

    @Test
    @DisplayName("a send more than an hour late (the scheduler was down) is skipped for the next one")
    void tooLate() {
        assertThat(sendAt(SIX_PM.plus(Duration.ofHours(2)))).isEqualTo(new SendSummary(true, 1, 0, 1, 0, 0));
        assertThat(push.sent()).isEmpty();
        assertThat(sendAt(SIX_PM.plus(Duration.ofDays(1))).sent()).isEqualTo(1);
    }

    @Test
    @DisplayName("a reminder whose owner has no browser is skipped, not claimed")
    void noBrowser() {
        app.services().pushSubscriptions().list(ada)
                .forEach(s -> app.services().pushSubscriptions().unsubscribe(ada, s.id()));

        assertThat(sendAt(SIX_PM).skipped()).isEqualTo(1);
    }

    @Test
    @DisplayName("without push configured, a round does nothing and says so")
    void notConfigured() {
        InMemoryPorts ports = app.ports();
        OutboundPorts all = ports.outbound();
        OutboundPorts withoutPush = new OutboundPorts(all.users(), all.habits(), all.checkIns(), all.pauses(),
                all.milestones(), all.checkpoints(), all.reminders(), all.reminderSends(), all.pushSubscriptions(),
                Optional.empty(), all.sessions(), all.apiTokens(), all.loginAttempts(), all.passwordHasher(),
                all.transactions(), all.readCache(), all.databaseHealth(), all.clock(), all.ids());
        InMemoryApplication unconfigured = new InMemoryApplication(ports, withoutPush);

        assertThat(unconfigured.services().sendDueReminders().sendDue(SIX_PM)).isEqualTo(SendSummary.notConfigured());
        assertThat(unconfigured.services().pushSubscriptions().publicKey()).isEmpty();
        assertThat(push.sent()).isEmpty();
        assertThat(ports.reminders().findDue(SIX_PM, 10)).hasSize(1);
    }

    @Test
    @DisplayName("behind a slow push service a round sends its reminders several at a time, at most PARALLEL")
    void slowPushServiceInParallel() {
        for (int i = 1; i < 40; i++) {
            HabitId habit = app.services().habits().create(HabitFixtures.daily(ada, "Habit " + i)).id();
            app.services().reminders().set(new SetReminderCommand(ada, habit, LocalTime.of(18, 0),
                    EnumSet.allOf(DayOfWeek.class)));
        }
        push.delayEachPush(Duration.ofMillis(100));

        SendSummary summary = sendAt(SIX_PM);

        assertThat(summary).isEqualTo(new SendSummary(true, 40, 40, 0, 0, 0));
        assertThat(push.sent()).hasSize(40);
        assertThat(push.maxInFlight()).isGreaterThan(1).isLessThanOrEqualTo(SendDueRemindersService.PARALLEL);
        assertThat(sendAt(SIX_PM.plusSeconds(60)).due()).as("each moved on to tomorrow").isZero();
    }

    @Test
    @DisplayName("a round keeps the claims younger than KEEP_CLAIMS")
    void recentClaimsKept() {
        sendAt(SIX_PM);

        sendAt(SIX_PM.plus(SendDueRemindersService.KEEP_CLAIMS).minus(Duration.ofHours(1)));

        assertThat(app.ports().reminderSends().forgetClaimedBefore(SIX_PM.plusSeconds(1), 10)).isEqualTo(1);
    }

    @Test
    @DisplayName("a round forgets the claims older than KEEP_CLAIMS, so the send record does not grow forever")
    void oldClaimsForgotten() {
        sendAt(SIX_PM);

        sendAt(SIX_PM.plus(SendDueRemindersService.KEEP_CLAIMS).plus(Duration.ofDays(1)));

        assertThat(app.ports().reminderSends().forgetClaimedBefore(SIX_PM.plusSeconds(1), 10))
                .as("the round had forgotten the first day's claim already").isZero();
    }

    @Test
    @DisplayName("the owner's two browsers both get it")
    void twoBrowsers() {
        app.services().pushSubscriptions().subscribe(new SubscribeCommand(ada, "https://push.example.net/ada-phone",
                ManagePushSubscriptionsServiceTest.P256DH, ManagePushSubscriptionsServiceTest.AUTH));

        assertThat(sendAt(SIX_PM).sent()).isEqualTo(1);
        assertThat(push.sent()).extracting(s -> s.target().endpoint().toString())
                .containsExactlyInAnyOrder(BROWSER.toString(), "https://push.example.net/ada-phone");
    }

    @Test
    @DisplayName("a habit's name is escaped in the payload")
    void escapedName() {
        app.services().habits().update(HabitFixtures.rename(ada, run, "Say \"hi\" \\ 👋"));

        sendAt(SIX_PM);

        assertThat(push.sent().get(0).message().payloadJson()).contains("\"title\":\"Say \\\"hi\\\" \\\\ 👋\"");
    }

    @Test
    @DisplayName("the payload's quoting escapes control characters")
    void quoting() {
        assertThat(ReminderPayload.quote("a\u0001\n\u2028")).isEqualTo("\"a\\u0001\\n\\u2028\"");
        assertThat(List.of(ReminderPayload.quote(""))).containsExactly("\"\"");
    }
}
