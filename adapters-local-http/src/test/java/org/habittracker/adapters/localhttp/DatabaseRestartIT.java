package org.habittracker.adapters.localhttp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.habittracker.adapters.persistence.PersistenceSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ARCHITECTURE.md §8: PostgreSQL restarted under a running server → 503s only while it is down, full recovery within
 * 5 s, without restarting the server. The test runs a PostgreSQL of its own — the embedded one the server
 * starts for a laptop, on a fixed port and data directory, so that it can be stopped (a fast shutdown, as
 * {@code pg_ctl stop -m fast}) and started again where the server's pool looks for it — and points the
 * server at it with {@code HABITS_DB_URL}. No Redis: every request reaches the database.
 */
class DatabaseRestartIT {
    /** ARCHITECTURE.md §8. */
    private static final Duration RECOVERY = Duration.ofSeconds(5);
    /** What a request waits for a connection at most while the database is down, and some slack. */
    private static final Duration ANSWER_WHILE_DOWN = PersistenceSettings.DEFAULT_CONNECTION_TIMEOUT
            .plusSeconds(1);
    /** Once the pool could not connect, requests are answered without waiting for it (with slack for a busy box). */
    private static final Duration ANSWER_WHEN_KNOWN_DOWN = Duration.ofSeconds(1);
    /**
     * Long enough for Hikari, with callers waiting on it all along, to have backed off to its longest wait between
     * two connects (5 s, reached after about 5 s of failures).
     */
    private static final Duration OUTAGE_UNDER_LOAD = Duration.ofSeconds(7);
    private static final int CLIENTS = 4;
    private static final Duration CLIENT_PAUSE = Duration.ofMillis(20);
    private static final String HABIT = "{\"name\":\"Read\",\"color\":\"#00897b\",\"schedule\":{\"type\":\"daily\"},"
            + "\"goal\":{\"type\":\"yesNo\"}}";

    @TempDir
    static Path dataDir;

    private static int databasePort;
    private static EmbeddedDatabase database;
    private static LocalServer server;
    private static BrowserlikeClient browser;
    private static String habitId;
    private static String today;

    @BeforeAll
    static void startDatabaseAndServer() {
        databasePort = freePort();
        startDatabase();
        server = LocalServer.start(Map.of("PORT", "0", "HABITS_DATA_DIR", dataDir.resolve("unused").toString(),
                        "HABITS_DB_URL", database.jdbcUrl(), "HABITS_DB_USER", database.user()),
                HandlerWiring::fromEnvironment, PostgresBinaries.forCurrentUser());
        browser = new BrowserlikeClient(server.port());
        assertThat(browser.post("/api/auth/register",
                "{\"username\":\"grace\",\"password\":\"correct horse battery\",\"timeZone\":\"Europe/Berlin\"}")
                .status()).isEqualTo(201);
        BrowserlikeClient.Answer created = browser.post("/api/habits", HABIT);
        assertThat(created.status()).isEqualTo(201);
        habitId = created.json().path("id").asText();
        today = browser.get("/api/habits").json().path("today").asText();
        assertThat(browser.put(checkIn(today), "{\"status\":\"DONE\"}").status()).isEqualTo(200);
    }

    @AfterEach
    void databaseRunsAgain() {
        if (database == null) {
            startDatabase();
        }
    }

    @AfterAll
    static void stopServerAndDatabase() {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            stopDatabase();
        }
    }

    @Test
    @DisplayName("while PostgreSQL is down, the board, a check-in and /health answer 503 — a problem document (a "
            + "health report for /health), never a 500 or a stack trace — the first within the pool's connection "
            + "timeout, the next ones at once")
    void answers503WhileTheDatabaseIsDown() {
        stopDatabase();

        // The first request meets the connection the server ended; a connection outside the pool then finds the
        // server gone, so it is answered without waiting for the pool (within the pool's connection timeout at
        // worst), and from then on the database is known to be down.
        Timed first = timed(() -> browser.get("/api/habits"));
        Timed board = timed(() -> browser.get("/api/habits"));
        Timed write = timed(() -> browser.put(checkIn(today), "{\"status\":\"SKIPPED\"}"));
        Timed health = timed(() -> browser.get("/health"));

        for (Timed answer : List.of(first, board, write)) {
            assertThat(answer.answer().status()).as(answer.answer().body()).isEqualTo(503);
            assertThat(answer.answer().contentType()).startsWith("application/problem+json");
            assertThat(answer.answer().json().path("type").asText()).isEqualTo("/problems/unavailable");
            assertThat(answer.answer().retryAfter()).isEqualTo("1");
            assertThat(answer.answer().body()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(first.took()).isLessThanOrEqualTo(ANSWER_WHILE_DOWN);
        assertThat(health.answer().status()).isEqualTo(503);
        assertThat(health.answer().contentType()).startsWith("application/json");
        assertThat(health.answer().json().path("status").asText()).isEqualTo("unhealthy");
        assertThat(health.answer().json().path("services").path("database").path("status").asText())
                .isEqualTo("unhealthy");
        for (Timed answer : List.of(board, write, health)) {
            assertThat(answer.took()).isLessThan(ANSWER_WHEN_KNOWN_DOWN);
        }
    }

    @Test
    @DisplayName("once PostgreSQL accepts connections again after an outage with clients asking all along, the "
            + "board and /health answer 200 within 5 s, with the data intact and the same session, and nothing "
            + "but 503 in between")
    void recoversWithinFiveSecondsOfTheDatabaseComingBack() throws InterruptedException {
        stopDatabase();
        List<Integer> seen = new CopyOnWriteArrayList<>();
        AtomicBoolean asking = new AtomicBoolean(true);
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(Thread.ofPlatform().name("client-" + i).start(() -> {
                while (asking.get()) {
                    seen.add(browser.get("/api/habits").status());
                    pause(CLIENT_PAUSE);
                }
            }));
        }
        try {
            Thread.sleep(OUTAGE_UNDER_LOAD.toMillis());

            long back = startDatabase();
            boolean recovered = false;
            while (!recovered && System.nanoTime() - back < RECOVERY.toNanos()) {
                int board = browser.get("/api/habits").status();
                int health = browser.get("/health").status();
                seen.add(board);
                seen.add(health);
                recovered = board == 200 && health == 200;
            }
            Duration took = Duration.ofNanos(System.nanoTime() - back);

            assertThat(recovered).as("recovered within %s", RECOVERY).isTrue();
            System.out.printf("DatabaseRestartIT: 200 again %d ms after PostgreSQL accepted connections%n",
                    took.toMillis());
        } finally {
            asking.set(false);
            for (Thread client : clients) {
                client.join();
            }
        }
        assertThat(seen).as("every answer during and after the outage").isSubsetOf(503, 200).contains(503);
        JsonNode habit = browser.get("/api/habits").json().path("habits").get(0);
        assertThat(habit.path("id").asText()).isEqualTo(habitId);
        assertThat(habit.path("name").asText()).isEqualTo("Read");
        assertThat(habit.path("todayStatus").asText()).isEqualTo("DONE");
    }

    @Test
    @DisplayName("a restart no request noticed fails no request: the pool replaces the connections it held")
    void aRestartBetweenRequestsIsNotNoticed() {
        assertThat(browser.get("/api/habits").status()).isEqualTo(200); // the pool holds a connection

        stopDatabase();
        startDatabase();

        assertThat(browser.get("/api/habits").status()).isEqualTo(200);
        assertThat(browser.get("/health").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("after the restart, writes work again: a check-in is recorded and a habit created, and both "
            + "read back")
    void writesWorkAfterTheRestart() {
        stopDatabase();
        assertThat(browser.put(checkIn(today), "{\"status\":\"SKIPPED\"}").status()).isEqualTo(503);
        long back = startDatabase();
        awaitHealthy(back);

        String yesterday = LocalDate.parse(today).minusDays(1).toString();
        assertThat(browser.put(checkIn(yesterday), "{\"status\":\"DONE\"}").status()).isEqualTo(200);
        BrowserlikeClient.Answer created = browser.post("/api/habits",
                HABIT.replace("\"Read\"", "\"Walk\""));
        assertThat(created.status()).isEqualTo(201);

        JsonNode board = browser.get("/api/habits").json();
        assertThat(board.path("habits")).extracting(habit -> habit.path("name").asText()).contains("Read", "Walk");
        JsonNode read = board.path("habits").get(0);
        assertThat(read.path("todayStatus").asText()).as("the check-in refused while down was not stored")
                .isEqualTo("DONE");
        assertThat(read.path("currentStreak").asInt()).isEqualTo(2);
    }

    private static void awaitHealthy(long since) {
        while (browser.get("/health").status() != 200) {
            assertThat(Duration.ofNanos(System.nanoTime() - since)).isLessThan(RECOVERY);
        }
    }

    private static String checkIn(String day) {
        return "/api/habits/" + habitId + "/checkins/" + day;
    }

    /** Starts the test's PostgreSQL on its port and data directory; returns when it accepts connections. */
    private static long startDatabase() {
        database = EmbeddedDatabase.start(dataDir.resolve("db"), PostgresBinaries.forCurrentUser(), databasePort);
        return System.nanoTime();
    }

    /** A fast shutdown: open sessions are ended, as {@code pg_ctl stop -m fast} does. */
    private static void stopDatabase() {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    private record Timed(BrowserlikeClient.Answer answer, Duration took) {
    }

    private static Timed timed(Supplier<BrowserlikeClient.Answer> request) {
        long start = System.nanoTime();
        BrowserlikeClient.Answer answer = request.get();
        return new Timed(answer, Duration.ofNanos(System.nanoTime() - start));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
