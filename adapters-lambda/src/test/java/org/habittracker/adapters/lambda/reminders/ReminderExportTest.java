package org.habittracker.adapters.lambda.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import org.habittracker.adapters.lambda.support.ApiResponse;
import org.habittracker.adapters.lambda.support.Events;
import org.habittracker.adapters.lambda.support.FakeBackedApi;

@DisplayName("Our export carries each habit's reminder; import restores it; a version-1 file still imports")
class ReminderExportTest {

    private final FakeBackedApi api = new FakeBackedApi();

    @Test
    @DisplayName("export, import into another account: the copy has the same reminder, without the snooze")
    void roundTrip() {
        String ada = api.register("ada");
        String run = api.createHabit(ada, "Run");
        String walk = api.createHabit(ada, "Walk");
        api.send(Events.request("PUT", "/api/habits/" + run + "/reminder").session(ada)
                .json("{\"time\":\"06:05\",\"days\":[\"SATURDAY\",\"SUNDAY\"]}"));
        api.send(Events.request("POST", "/api/habits/" + run + "/reminder/snooze").session(ada).json("{}"));

        ApiResponse export = api.send(Events.request("GET", "/api/export").session(ada));
        JsonNode habits = export.json().get("habits");
        assertThat(habits.get(0).get("reminder").toString())
                .isEqualTo("{\"time\":\"06:05\",\"days\":[\"SATURDAY\",\"SUNDAY\"]}");
        assertThat(habits.get(1).has("reminder")).isFalse();

        String grace = api.register("grace");
        assertThat(api.send(Events.request("POST", "/api/import").session(grace).json(export.body())).status())
                .isEqualTo(200);
        JsonNode board = api.send(Events.request("GET", "/api/habits").session(grace)).json().get("habits");
        String copy = board.get(0).get("id").asText();
        JsonNode reminder = api.send(Events.request("GET", "/api/habits/" + copy + "/reminder").session(grace)).json();
        assertThat(reminder.get("time").asText()).isEqualTo("06:05");
        assertThat(reminder.get("days").toString()).isEqualTo("[\"SATURDAY\",\"SUNDAY\"]");
        assertThat(reminder.get("snoozedUntil").isNull()).isTrue();
        assertThat(api.send(Events.request("GET", "/api/habits/" + board.get(1).get("id").asText() + "/reminder")
                .session(grace)).status()).isEqualTo(404);
        assertThat(walk).isNotEqualTo(copy);
    }

    @Test
    @DisplayName("a bad reminder in a file is named by its path, and nothing is imported")
    void badReminderInFile() {
        String ada = api.register("ada");
        String file = """
                {"formatVersion":2,"settings":{"timeZone":"UTC"},
                 "habits":[{"id":"0199a0b4-1d4e-7c3e-9f10-0123456789ab","name":"Run","color":"#00897b",
                   "schedule":{"type":"daily"},"startDate":"2026-11-01",
                   "reminder":{"time":"25:00","days":["MONDAY","MONDAY"],"x":1}}]}""";

        ApiResponse response = api.send(Events.request("POST", "/api/import").session(ada).json(file));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldErrors()).containsExactlyInAnyOrder("habits[0].reminder.x",
                "habits[0].reminder.time", "habits[0].reminder.days[1]");
    }

    @Test
    @DisplayName("a version-1 file (no reminders) is imported as before")
    void versionOne() {
        String ada = api.register("ada");
        String file = """
                {"formatVersion":1,"settings":{"timeZone":"UTC"},
                 "habits":[{"id":"0199a0b4-1d4e-7c3e-9f10-0123456789ab","name":"Run","color":"#00897b",
                   "schedule":{"type":"daily"},"startDate":"2026-11-01"}]}""";

        assertThat(api.send(Events.request("POST", "/api/import").session(ada).json(file)).status()).isEqualTo(200);
    }
}
