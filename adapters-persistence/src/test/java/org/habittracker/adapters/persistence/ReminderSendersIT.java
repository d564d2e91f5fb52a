package org.habittracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.habittracker.application.port.in.auth.RegisterCommand;
import org.habittracker.application.port.in.reminder.SendSummary;
import org.habittracker.application.port.in.reminder.SetReminderCommand;
import org.habittracker.application.port.in.reminder.SubscribeCommand;
import org.habittracker.application.service.ApplicationServices;
import org.habittracker.application.service.OutboundPorts;
import org.habittracker.application.service.auth.LoginThrottle;
import org.habittracker.application.testing.HabitFixtures;
import org.habittracker.application.testing.InMemoryPorts;
import org.habittracker.application.testing.MutableClock;
import org.habittracker.application.testing.RecordingPushDelivery;
import org.habittracker.application.testing.TestData;
import org.habittracker.application.testing.Validators;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two schedulers (as two Lambda invocations or two local servers would) send the same due reminders at the same
 * moment against one real PostgreSQL: every reminder is pushed exactly once per day, never twice.
 */
class ReminderSendersIT {
    private static final int OWNERS = 12;
    private static final int DAYS = 4;
    /** Sunday 6 December 2026, 18:00 in Berlin. */
    private static final Instant FIRST_SEND = Instant.parse("2026-12-06T17:00:00Z");

    @RegisterExtension
    static final FreshSchema database = new FreshSchema(8);

    private final MutableClock clock = new MutableClock(FIRST_SEND.minus(Duration.ofHours(8)));

    private ApplicationServices services(RecordingPushDelivery push) {
        PostgresPersistence db = database.persistence();
        InMemoryPorts memory = new InMemoryPorts();
        return ApplicationServices.create(new OutboundPorts(db.users(), db.habits(), db.checkIns(), db.pauses(),
                db.milestones(), db.checkpoints(), db.reminders(), db.reminderSends(), db.pushSubscriptions(),
                Optional.of(push), db.sessions(), db.apiTokens(), db.loginAttempts(), memory.passwordHasher(),
                db.transactions(), memory.readCache(), db.health(), clock, new UuidV7Generator(clock)),
                Validators.validator(), LoginThrottle.DEFAULT, new SecureRandom());
    }

    @Test
    @DisplayName("two senders racing over the same due reminders push each once per day")
    void atMostOnceUnderTwoSenders() throws Exception {
        RecordingPushDelivery pushOne = new RecordingPushDelivery();
        RecordingPushDelivery pushTwo = new RecordingPushDelivery();
        pushOne.delayEachPush(Duration.ofMillis(5));
        pushTwo.delayEachPush(Duration.ofMillis(5));
        ApplicationServices one = services(pushOne);
        ApplicationServices two = services(pushTwo);
        List<HabitId> habits = new ArrayList<>();
        for (int i = 0; i < OWNERS; i++) {
            UserId owner = one.registerUser().register(new RegisterCommand(
                    TestData.uniqueUsername("remind"), "correct horse battery",
                    "Europe/Berlin", "client")).principal().userId();
            HabitId habit = one.habits().create(HabitFixtures.daily(owner, "Stretch")).id();
            one.reminders().set(new SetReminderCommand(owner, habit, LocalTime.of(18, 0), EnumSet.allOf(DayOfWeek.class)));
            one.pushSubscriptions().subscribe(new SubscribeCommand(owner, "https://push.example.net/" + i,
                    PushKeys.P256DH, PushKeys.AUTH));
            habits.add(habit);
        }

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int day = 0; day < DAYS; day++) {
                Instant now = FIRST_SEND.plus(day, ChronoUnit.DAYS).plusSeconds(5);
                clock.set(now);
                CyclicBarrier start = new CyclicBarrier(2);
                Future<SendSummary> a = pool.submit(() -> {
                    start.await();
                    return one.sendDueReminders().sendDue(now);
                });
                Future<SendSummary> b = pool.submit(() -> {
                    start.await();
                    return two.sendDueReminders().sendDue(now);
                });
                SendSummary first = a.get();
                SendSummary second = b.get();
                assertThat(first.sent() + second.sent()).as("day %d", day).isEqualTo(OWNERS);
                assertThat(first.failed() + second.failed()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }

        List<RecordingPushDelivery.Sent> all = new ArrayList<>(pushOne.sent());
        all.addAll(pushTwo.sent());
        Map<String, Long> perHabitAndDay = all.stream().collect(Collectors.groupingBy(
                s -> s.message().payloadJson(), Collectors.counting()));
        assertThat(all).hasSize(OWNERS * DAYS);
        assertThat(perHabitAndDay).hasSize(OWNERS * DAYS).allSatisfy((payload, count) -> assertThat(count).isOne());
        assertThat(habits).allSatisfy(habit -> assertThat(all).filteredOn(
                s -> s.message().payloadJson().contains(habit.toString())).hasSize(DAYS));
    }
}
