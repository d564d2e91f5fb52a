package org.habittracker.adapters.localhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.habittracker.adapters.persistence.TestPostgres;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web app's browser journey (webapp/e2e, Playwright driving Debian's Chromium) against this server,
 * serving the built SPA and the real API over a real PostgreSQL (and Redis when the build has one). The
 * journey fails, never skips, when Chromium or the web app's packages are missing.
 */
class BrowserJourneyIT {
    private static final Path WEBAPP = Path.of("..", "webapp").toAbsolutePath().normalize();
    /**
     * The npm script that runs the browser tests: {@code e2e} (the journey, the offline app and the reminder
     * settings) unless {@code -Dhabits.e2e.script=e2e:pwa} or {@code e2e:reminders} picks one part while working on it.
     */
    private static final String SCRIPT = System.getProperty("habits.e2e.script", "e2e");

    @Test
    @DisplayName("a new user's journey passes in Chromium, with no serious accessibility violation on any screen")
    void theBrowserJourneyPasses(@TempDir Path logs) throws IOException, InterruptedException {
        if (!Files.isDirectory(WEBAPP.resolve("node_modules/playwright-core"))) {
            fail("the web app's packages are not installed in " + WEBAPP
                    + "; build from the top (./mvnw verify), which runs npm ci in webapp first");
        }
        String schema = "localhttp_journey_" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> env = new HashMap<>(TestPostgres.server().habitsEnvironment(schema));
        Optional.ofNullable(System.getenv("HABITS_TEST_REDIS_URL")).filter(url -> !url.isBlank())
                .ifPresent(url -> env.put("HABITS_REDIS_URL", url));
        // A data directory of its own, as a user's local server has: the server keeps its generated VAPID keys
        // there, so that the reminder settings can subscribe (without one, push is not configured: 503).
        env.put("HABITS_DATA_DIR", logs.resolve("data").toString());
        // The journey stops the server mid-session and starts it again (same port, same database) through
        // the switch, to see the app say so and recover by itself.
        try (RestartableLocalServer server = new RestartableLocalServer(env, HandlerWiring::fromEnvironment,
                DefaultPostgresBinaryResolver.INSTANCE);
                ServerSwitch serverSwitch = new ServerSwitch(server)) {
            server.start();
            Path output = logs.resolve("e2e.log");
            ProcessBuilder npm = new ProcessBuilder("npm", "run", SCRIPT).directory(WEBAPP.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            npm.environment().put("BASE_URL", "http://localhost:" + server.port());
            npm.environment().put("SERVER_SWITCH_URL", serverSwitch.url());
            Process journey = npm.start();
            boolean finished = journey.waitFor(15, TimeUnit.MINUTES);
            if (!finished) {
                journey.destroyForcibly();
            }
            String log = Files.readString(output);
            System.out.println(log);

            assertThat(finished).as("the browser tests finished within 15 minutes").isTrue();
            assertThat(journey.exitValue()).as("npm run " + SCRIPT + " exit code; its output is above").isZero();
        } finally {
            TestPostgres.server().dropSchema(schema);
        }
    }
}
