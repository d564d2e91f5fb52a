package org.habittracker.adapters.localhttp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.habittracker.application.port.in.reminder.SendSummary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReminderSchedulerTest {

    @Test
    @DisplayName("a round that throws does not stop the next ones; closing stops them")
    void survivesAFailingRound() throws InterruptedException {
        AtomicInteger rounds = new AtomicInteger();
        CountDownLatch three = new CountDownLatch(3);
        ReminderScheduler scheduler = ReminderScheduler.start(() -> {
            rounds.incrementAndGet();
            three.countDown();
            if (rounds.get() == 1) {
                throw new IllegalStateException("database restarting");
            }
            return SendSummary.notConfigured();
        }, Clock.systemUTC(), Duration.ofMillis(50));

        assertThat(three.await(10, TimeUnit.SECONDS)).isTrue();
        scheduler.close();
        int afterClose = rounds.get();
        Thread.sleep(300);

        assertThat(rounds.get()).isEqualTo(afterClose);
    }

    @Test
    @DisplayName("the scheduler's thread is a daemon: it never keeps the JVM alive")
    void daemonThread() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        boolean[] daemon = new boolean[1];
        try (ReminderScheduler scheduler = ReminderScheduler.start(() -> {
            daemon[0] = Thread.currentThread().isDaemon();
            ran.countDown();
            return SendSummary.notConfigured();
        }, Clock.systemUTC(), Duration.ofMillis(20))) {
            assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(daemon[0]).isTrue();
    }
}
