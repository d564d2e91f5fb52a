package org.habittracker.adapters.lambda.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import org.habittracker.adapters.lambda.support.ApiResponse;
import org.habittracker.adapters.lambda.support.Events;
import org.habittracker.adapters.lambda.support.FakeBackedApi;

@DisplayName("A habit's reminder: get, set, clear, snooze (the clock: Sunday 22 November 2026, 09:30 UTC)")
class ReminderEndpointsTest {

    private final FakeBackedApi api = new FakeBackedApi();
    private String ada;
    private String bob;
    private String run;

    @BeforeEach
    void habit() {
        ada = api.register("ada");
        bob = api.register("bob");
        run = api.createHabit(ada, "Run");
    }

    private String path() {
        return "/api/habits/" + run + "/reminder";
    }

    private ApiResponse put(String session, String body) {
        return api.send(Events.request("PUT", path()).session(session).json(body));
    }

    private ApiResponse get(String session) {
        return api.send(Events.request("GET", path()).session(session));
    }

    @Test
    @DisplayName("PUT answers the reminder; GET reads it back with snoozedUntil null")
    void setAndGet() {
        ApiResponse set = put(ada, "{\"time\":\"08:30\",\"days\":[\"WEDNESDAY\",\"MONDAY\"]}");

        assertThat(set.status()).isEqualTo(200);
        JsonNode reminder = get(ada).json();
        assertThat(reminder.get("habitId").asText()).isEqualTo(run);
        assertThat(reminder.get("time").asText()).isEqualTo("08:30");
        assertThat(reminder.get("days").findValuesAsText("")).isEmpty();
        assertThat(reminder.get("days").toString()).isEqualTo("[\"MONDAY\",\"WEDNESDAY\"]");
        assertThat(reminder.has("snoozedUntil")).isTrue();
        assertThat(reminder.get("snoozedUntil").isNull()).isTrue();
        assertThat(set.json()).isEqualTo(reminder);
    }

    @Test
    @DisplayName("GET without a reminder is 404")
    void noReminder() {
        assertThat(get(ada).status()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"time\":\"8:30\",\"days\":[\"MONDAY\"]}|time",
            "{\"time\":\"24:00\",\"days\":[\"MONDAY\"]}|time",
            "{\"time\":830,\"days\":[\"MONDAY\"]}|time",
            "{\"days\":[\"MONDAY\"]}|time",
            "{\"time\":\"08:30\",\"days\":[]}|days",
            "{\"time\":\"08:30\"}|days",
            "{\"time\":\"08:30\",\"days\":\"MONDAY\"}|days",
            "{\"time\":\"08:30\",\"days\":[\"MONDAY\",\"TUESDAY\",\"FUNDAY\"]}|days[2]",
            "{\"time\":\"08:30\",\"days\":[\"MONDAY\",\"MONDAY\"]}|days[1]",
            "{\"time\":\"08:30\",\"days\":[\"MONDAY\"],\"snooze\":1}|snooze"})
    void badBodies(String body, String field) {
        ApiResponse response = put(ada, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldErrors()).containsExactly(field);
    }

    @Test
    @DisplayName("a bad time and bad days are named together")
    void everyFault() {
        assertThat(put(ada, "{\"time\":\"noon\",\"days\":[\"SOMEDAY\"]}").fieldErrors())
                .containsExactly("time", "days[0]");
    }

    @Test
    @DisplayName("another user's habit is 404 for every reminder route, and Ada's reminder is untouched")
    void otherUsersHabit() {
        put(ada, "{\"time\":\"08:30\",\"days\":[\"MONDAY\"]}");

        assertThat(get(bob).status()).isEqualTo(404);
        assertThat(put(bob, "{\"time\":\"09:00\",\"days\":[\"MONDAY\"]}").status()).isEqualTo(404);
        assertThat(api.send(Events.request("DELETE", path()).session(bob)).status()).isEqualTo(404);
        assertThat(api.send(Events.request("POST", path() + "/snooze").session(bob).json("{}")).status())
                .isEqualTo(404);
        assertThat(get(ada).json().get("time").asText()).isEqualTo("08:30");
    }

    @Test
    @DisplayName("no credentials is 401 for every reminder route")
    void unauthenticated() {
        assertThat(api.send(Events.request("GET", path())).status()).isEqualTo(401);
        assertThat(api.send(Events.request("PUT", path()).json("{\"time\":\"08:30\",\"days\":[\"MONDAY\"]}"))
                .status()).isEqualTo(401);
        assertThat(api.send(Events.request("DELETE", path())).status()).isEqualTo(401);
        assertThat(api.send(Events.request("POST", path() + "/snooze").json("{}")).status()).isEqualTo(401);
    }

    @Test
    @DisplayName("DELETE is 204, twice")
    void deleteIdempotent() {
        put(ada, "{\"time\":\"08:30\",\"days\":[\"MONDAY\"]}");

        assertThat(api.send(Events.request("DELETE", path()).session(ada)).status()).isEqualTo(204);
        assertThat(api.send(Events.request("DELETE", path()).session(ada)).status()).isEqualTo(204);
        assertThat(get(ada).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("snooze with {} is ten minutes; with minutes, that many; out of range names minutes")
    void snooze() {
        put(ada, "{\"time\":\"08:30\",\"days\":[\"MONDAY\"]}");

        ApiResponse tenMinutes = api.send(Events.request("POST", path() + "/snooze").session(ada).json("{}"));
        assertThat(tenMinutes.status()).isEqualTo(200);
        assertThat(tenMinutes.json().get("snoozedUntil").asText()).isEqualTo("2026-11-22T09:40:00Z");

        ApiResponse hour = api.send(Events.request("POST", path() + "/snooze").session(ada).json("{\"minutes\":60}"));
        assertThat(hour.json().get("snoozedUntil").asText()).isEqualTo("2026-11-22T10:30:00Z");

        ApiResponse tooLong = api.send(Events.request("POST", path() + "/snooze").session(ada)
                .json("{\"minutes\":721}"));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.fieldErrors()).containsExactly("minutes");
        assertThat(api.send(Events.request("POST", path() + "/snooze").session(ada).json("{\"minutes\":\"5\"}"))
                .fieldErrors()).containsExactly("minutes");
    }

    @Test
    @DisplayName("snooze without a reminder is 404")
    void snoozeWithoutReminder() {
        assertThat(api.send(Events.request("POST", path() + "/snooze").session(ada).json("{}")).status())
                .isEqualTo(404);
    }
}
