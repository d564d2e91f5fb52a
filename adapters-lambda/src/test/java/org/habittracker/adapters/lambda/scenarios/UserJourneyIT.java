package org.habittracker.adapters.lambda.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.habittracker.adapters.lambda.support.ApiResponse;
import org.habittracker.adapters.lambda.support.Events;
import org.habittracker.adapters.lambda.support.RealApi;

@DisplayName("A user's whole journey through the handler, over real PostgreSQL and Redis")
class UserJourneyIT {

    private static final String PASSWORD = "correct horse battery";
    private static final List<String> HABITS = List.of(
            "{\"name\":\"Stretch\",\"color\":\"#00897b\",\"schedule\":{\"type\":\"daily\"},\"goal\":{\"type\":\"yesNo\"},\"commitmentDays\":30}",
            "{\"name\":\"Gym\",\"color\":\"#3949ab\",\"emoji\":\"🏋️\",\"schedule\":{\"type\":\"weekdays\",\"days\":[\"MONDAY\",\"WEDNESDAY\",\"FRIDAY\"]}}",
            "{\"name\":\"Read\",\"description\":\"20 pages\",\"color\":\"#6d4c41\",\"schedule\":{\"type\":\"timesPerWindow\",\"times\":3,\"days\":7},"
                    + "\"goal\":{\"type\":\"measured\",\"target\":20,\"unit\":\"pages\",\"direction\":\"AT_LEAST\"}}",
            "{\"name\":\"Run\",\"color\":\"#c62828\",\"schedule\":{\"type\":\"timesPerWeek\",\"times\":2}}",
            "{\"name\":\"Call mum\",\"color\":\"#8e24aa\",\"schedule\":{\"type\":\"timesPerMonth\",\"times\":4}}",
            "{\"name\":\"Coffee\",\"color\":\"#795548\",\"schedule\":{\"type\":\"daily\"},"
                    + "\"goal\":{\"type\":\"measured\",\"target\":2,\"unit\":\"cups\",\"direction\":\"AT_MOST\"}}");

    private static RealApi api;

    @BeforeAll
    static void start() {
        api = new RealApi();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static ApiResponse ok(ApiResponse response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }

    @Test
    @DisplayName("register → habits of every schedule and goal → check-ins over days → board, stats, history → export → delete → register again → import → the same board")
    void journey() {
        String username = "journey" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String registerBody = "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"timeZone\":\"Europe/Berlin\"}";
        String session = ok(api.send(Events.request("POST", "/api/auth/register").json(registerBody)), 201)
                .sessionToken().orElseThrow();

        List<String> ids = new ArrayList<>();
        for (String habit : HABITS) {
            ids.add(ok(api.send(Events.request("POST", "/api/habits").session(session).json(habit)), 201).json().get("id").asText());
        }
        LocalDate today = LocalDate.parse(ok(api.send(Events.request("GET", "/api/habits").session(session)), 200)
                .json().get("today").asText());
        // Every habit starts two weeks ago; then ten days of check-ins, with a skip and a gap.
        for (String id : ids) {
            ok(api.send(Events.request("PATCH", "/api/habits/" + id).session(session)
                    .json("{\"startDate\":\"" + today.minusDays(14) + "\"}")), 200);
        }
        for (int daysAgo = 9; daysAgo >= 0; daysAgo--) {
            LocalDate day = today.minusDays(daysAgo);
            for (int i = 0; i < ids.size(); i++) {
                String body = switch (i) {
                    case 2 -> "{\"status\":\"DONE\",\"amount\":" + (15 + daysAgo) + ",\"note\":\"day " + daysAgo + "\"}";
                    case 5 -> "{\"status\":\"DONE\",\"amount\":" + (daysAgo % 4) + "}";
                    default -> daysAgo == 4 ? "{\"status\":\"SKIPPED\"}" : "{\"status\":\"DONE\"}";
                };
                if (i == 3 && daysAgo % 3 != 0) {
                    continue;
                }
                ok(api.send(Events.request("PUT", "/api/habits/" + ids.get(i) + "/checkins/" + day).session(session).json(body)), 200);
            }
        }
        ok(api.send(Events.request("POST", "/api/pauses").session(session)
                .json("{\"habitId\":\"" + ids.get(4) + "\",\"from\":\"" + today.minusDays(12) + "\",\"to\":\"" + today.minusDays(10) + "\"}")), 201);

        JsonNode board = ok(api.send(Events.request("GET", "/api/habits").session(session)), 200).json();
        assertThat(board.get("habits").findValuesAsText("name"))
                .containsExactly("Stretch", "Gym", "Read", "Run", "Call mum", "Coffee");
        JsonNode stretch = board.get("habits").get(0);
        assertThat(stretch.get("todayStatus").asText()).isEqualTo("DONE");
        assertThat(stretch.get("currentStreak").asInt()).isEqualTo(9);
        assertThat(board.get("habits").get(2).get("todayAmount").asInt()).isEqualTo(15);

        JsonNode stats = ok(api.send(Events.request("GET", "/api/habits/" + ids.get(0) + "/stats").session(session)), 200).json();
        assertThat(stats.get("currentStreak").asInt()).isEqualTo(9);
        assertThat(stats.get("totalSatisfied").asInt()).isEqualTo(9);
        assertThat(stats.get("milestones").findValuesAsText("kind")).contains("STREAK_7");
        assertThat(stats.get("commitment").get("days").asInt()).isEqualTo(30);
        assertThat(stats.get("scoreSeries").size()).isEqualTo(15);

        JsonNode history = ok(api.send(Events.request("GET", "/api/habits/" + ids.get(2) + "/checkins?from="
                + today.minusDays(9) + "&to=" + today).session(session)), 200).json();
        assertThat(history.get("checkins")).hasSize(10);
        assertThat(history.get("checkins").get(0).get("note").asText()).isEqualTo("day 9");
        assertThat(history.get("days")).hasSize(10);

        // A second read is served from the cache and must be the same.
        assertThat(ok(api.send(Events.request("GET", "/api/habits").session(session)), 200).json()).isEqualTo(board);

        String export = ok(api.send(Events.request("GET", "/api/export").session(session)), 200).body();
        ok(api.send(Events.request("DELETE", "/api/me").session(session).json("{\"password\":\"" + PASSWORD + "\"}")), 204);
        ok(api.send(Events.request("GET", "/api/habits").session(session)), 401);

        String again = ok(api.send(Events.request("POST", "/api/auth/register").json(registerBody)), 201).sessionToken().orElseThrow();
        assertThat(ok(api.send(Events.request("GET", "/api/habits").session(again)), 200).json().get("habits")).isEmpty();
        JsonNode report = ok(api.send(Events.request("POST", "/api/import?settings=replace").session(again).json(export)), 200).json();
        assertThat(report.get("habits").asInt()).isEqualTo(6);
        assertThat(report.get("pauses").asInt()).isEqualTo(1);

        JsonNode restored = ok(api.send(Events.request("GET", "/api/habits").session(again)), 200).json();
        assertThat(withoutIdentity(restored)).isEqualTo(withoutIdentity(board));
        ok(api.send(Events.request("POST", "/api/auth/logout").session(again)), 204);
        ok(api.send(Events.request("GET", "/api/habits").session(again)), 401);
    }

    /** Ids and creation instants are new after an import; everything else must match. */
    private static JsonNode withoutIdentity(JsonNode board) {
        JsonNode copy = board.deepCopy();
        copy.get("habits").forEach(h -> ((ObjectNode) h).remove(List.of("id", "createdAt")));
        return copy;
    }
}
