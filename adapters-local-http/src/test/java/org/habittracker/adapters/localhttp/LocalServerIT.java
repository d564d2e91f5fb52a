package org.habittracker.adapters.localhttp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as a new user runs it: no database configured, so it starts its embedded PostgreSQL in the data
 * directory (as root, too: then PostgreSQL runs as an ordinary user in a user namespace); the API is driven
 * over real HTTP; then it is stopped and started again on the same directory.
 */
class LocalServerIT {

    private static LocalServer start(Path dataDir) {
        return LocalServer.start(Map.of("PORT", "0", "HABITS_DATA_DIR", dataDir.toString()),
                HandlerWiring::fromEnvironment, PostgresBinaries.forCurrentUser());
    }

    @Test
    @DisplayName("with no HABITS_DB_URL, a habit checked in survives a restart on the same data directory, logged out")
    void dataSurvivesARestartOnTheSameDataDirectory(@TempDir Path dataDir) {
        String habitId;
        try (LocalServer server = start(dataDir)) {
            BrowserlikeClient browser = new BrowserlikeClient(server.port());
            assertThat(browser.get("/health").json().path("services").path("database").path("status").asText())
                    .isEqualTo("healthy");

            assertThat(browser.post("/api/auth/register",
                    "{\"username\":\"ada\",\"password\":\"correct horse battery\",\"timeZone\":\"Europe/Berlin\"}")
                    .status()).isEqualTo(201);
            BrowserlikeClient.Answer created = browser.post("/api/habits",
                    "{\"name\":\"Read\",\"color\":\"#00897b\",\"schedule\":{\"type\":\"daily\"},\"goal\":{\"type\":\"yesNo\"}}");
            assertThat(created.status()).isEqualTo(201);
            habitId = created.json().path("id").asText();
            String today = browser.get("/api/habits").json().path("today").asText();

            assertThat(browser.put("/api/habits/" + habitId + "/checkins/" + today, "{\"status\":\"DONE\"}").status())
                    .isEqualTo(200);
            JsonNode board = browser.get("/api/habits").json().path("habits").get(0);
            assertThat(board.path("todayStatus").asText()).isEqualTo("DONE");
            assertThat(board.path("currentStreak").asInt()).isEqualTo(1);

            assertThat(browser.post("/api/auth/logout", null).status()).isEqualTo(204);
            assertThat(browser.get("/api/auth/check").json().path("authenticated").asBoolean()).isFalse();
        }

        try (LocalServer again = start(dataDir)) {
            BrowserlikeClient browser = new BrowserlikeClient(again.port());
            assertThat(browser.get("/api/auth/check").json().path("authenticated").asBoolean()).isFalse();
            assertThat(browser.get("/api/habits").status()).isEqualTo(401);

            assertThat(browser.post("/api/auth/login", "{\"username\":\"ada\",\"password\":\"correct horse battery\"}")
                    .status()).isEqualTo(200);
            JsonNode board = browser.get("/api/habits").json().path("habits").get(0);
            assertThat(board.path("id").asText()).isEqualTo(habitId);
            assertThat(board.path("name").asText()).isEqualTo("Read");
            assertThat(board.path("todayStatus").asText()).isEqualTo("DONE");
        }
    }

    @Test
    @DisplayName("the built web app is served at / and client-side routes get index.html")
    void servesTheSinglePageApp(@TempDir Path dataDir) {
        try (LocalServer server = start(dataDir)) {
            BrowserlikeClient browser = new BrowserlikeClient(server.port());

            BrowserlikeClient.Answer root = browser.get("/");
            BrowserlikeClient.Answer deepLink = browser.get("/habits/some-id");

            assertThat(root.status()).isEqualTo(200);
            assertThat(root.body()).contains("<div id=\"root\"");
            assertThat(deepLink.status()).isEqualTo(200);
            assertThat(deepLink.body()).isEqualTo(root.body());
            assertThat(browser.get("/api/no-such-route").status()).isEqualTo(404);
        }
    }

    @Test
    @DisplayName("the service worker and the manifest are typed and revalidated on every visit; hashed assets are kept for a year")
    void servesTheInstallableAppsFiles(@TempDir Path dataDir) {
        try (LocalServer server = start(dataDir)) {
            BrowserlikeClient browser = new BrowserlikeClient(server.port());
            Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(browser.get("/").body());
            assertThat(script.find()).as("index.html names its script").isTrue();

            BrowserlikeClient.Answer worker = browser.get("/sw.js");
            BrowserlikeClient.Answer manifest = browser.get("/manifest.json");
            BrowserlikeClient.Answer asset = browser.get(script.group(1));

            assertThat(worker.status()).isEqualTo(200);
            assertThat(worker.contentType()).startsWith("text/javascript");
            assertThat(worker.cacheControl()).isEqualTo("no-cache");
            assertThat(worker.body()).contains(script.group(1)); // it precaches this build's assets
            assertThat(manifest.status()).isEqualTo(200);
            assertThat(manifest.contentType()).startsWith("application/json");
            assertThat(manifest.cacheControl()).isEqualTo("no-cache");
            assertThat(manifest.json().path("display").asText()).isEqualTo("standalone");
            assertThat(asset.cacheControl()).contains("immutable");
            assertThat(browser.get("/icons/icon-192.png").contentType()).isEqualTo("image/png");
        }
    }
}
