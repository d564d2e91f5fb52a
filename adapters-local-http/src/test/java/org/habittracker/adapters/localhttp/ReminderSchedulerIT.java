package org.habittracker.adapters.localhttp;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.habittracker.adapters.lambda.config.HabitsRuntime;
import org.habittracker.adapters.persistence.TestPostgres;
import org.habittracker.application.testing.RecordingPushDelivery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The local server's scheduler thread sends a due reminder by itself: a reminder set over HTTP for the next whole
 * minute is pushed (to a recording push delivery) without anyone calling the use case, once.
 */
class ReminderSchedulerIT {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String P256DH = "BAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    private static final String AUTH = "AAAAAAAAAAAAAAAAAAAAAA";

    private final String schema = "localhttp_reminders_" + UUID.randomUUID().toString().substring(0, 8);

    /** The services' clock, moved by the test so that the next whole minute comes within seconds. */
    private static final class SteerableClock extends Clock {
        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        /** From now on, "now" is {@code seconds} before the next whole minute. */
        Instant secondsBeforeNextMinute(long seconds) {
            Instant now = instant();
            Instant nextMinute = now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
            Instant target = nextMinute.minusSeconds(seconds);
            offset.set(offset.get().plus(Duration.between(now, target)));
            return nextMinute;
        }
    }

    @AfterEach
    void dropSchema() {
        TestPostgres.server().dropSchema(schema);
    }

    @Test
    @DisplayName("a reminder set for the next minute is pushed by the scheduler thread, once")
    void schedulerSendsTheDueReminder() throws InterruptedException {
        RecordingPushDelivery push = new RecordingPushDelivery();
        SteerableClock clock = new SteerableClock();
        Map<String, String> env = new HashMap<>(TestPostgres.server().habitsEnvironment(schema));
        env.put("PORT", "0");
        HabitsRuntime.Options options = HabitsRuntime.Options.defaults().withPush(push).withClock(clock);

        try (LocalServer server = LocalServer.start(env, environment -> HandlerWiring.fromEnvironment(environment,
                options), DefaultPostgresBinaryResolver.INSTANCE, Duration.ofSeconds(1))) {
            BrowserlikeClient browser = new BrowserlikeClient(server.port());
            assertThat(browser.post("/api/auth/register",
                    "{\"username\":\"ada\",\"password\":\"correct horse battery\",\"timeZone\":\"Europe/Berlin\"}")
                    .status()).isEqualTo(201);
            String habit = browser.post("/api/habits", "{\"name\":\"Stretch\",\"color\":\"#00897b\","
                    + "\"schedule\":{\"type\":\"daily\"},\"goal\":{\"type\":\"yesNo\"}}").json().path("id").asText();
            assertThat(browser.post("/api/push/subscriptions", "{\"endpoint\":\"https://push.example.net/ada\","
                    + "\"keys\":{\"p256dh\":\"" + P256DH + "\",\"auth\":\"" + AUTH + "\"}}").status()).isEqualTo(201);

            Instant due = clock.secondsBeforeNextMinute(3);
            String time = DateTimeFormatter.ofPattern("HH:mm").format(ZonedDateTime.ofInstant(due, BERLIN));
            assertThat(browser.put("/api/habits/" + habit + "/reminder",
                    "{\"time\":\"" + time + "\",\"days\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\","
                            + "\"FRIDAY\",\"SATURDAY\",\"SUNDAY\"]}").status()).isEqualTo(200);
            assertThat(push.sent()).isEmpty();

            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (push.sent().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            Thread.sleep(2500); // a few more rounds: none may send it again

            assertThat(push.sent()).singleElement().satisfies(sent -> {
                assertThat(sent.target().endpoint().toString()).isEqualTo("https://push.example.net/ada");
                assertThat(sent.message().payloadJson()).contains("\"habitId\":\"" + habit + "\"")
                        .contains("\"title\":\"Stretch\"");
            });
        }
    }

    @Test
    @DisplayName("the scheduler aligns each round to the next boundary of its period")
    void alignment() {
        assertThat(ReminderScheduler.delayToNextBoundary(60_000L * 5 + 12_345, 60_000)).isEqualTo(60_000 - 12_345);
        assertThat(ReminderScheduler.delayToNextBoundary(60_000L * 5, 60_000)).isEqualTo(60_000);
        assertThat(ReminderScheduler.delayToNextBoundary(999, 1000)).isEqualTo(1);
    }
}
