package org.habittracker.adapters.lambda.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.habittracker.adapters.lambda.support.ApiResponse;
import org.habittracker.adapters.lambda.support.Events;
import org.habittracker.adapters.lambda.support.FakeBackedApi;

@DisplayName("A body with several faults is answered once, with every field at fault named")
class EveryFieldErrorTest {

    private final FakeBackedApi api = new FakeBackedApi();
    private String session;

    @BeforeEach
    void logIn() {
        session = api.register("ada");
    }

    private ApiResponse send(Events.Builder request) {
        ApiResponse response = api.send(request.session(session));
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("type").asText()).isEqualTo("/problems/validation");
        return response;
    }

    @Test
    @DisplayName("register: a short username, a short password and an unknown time zone")
    void register() {
        ApiResponse response = api.send(Events.request("POST", "/api/auth/register")
                .json("{\"username\":\"x\",\"password\":\"short\",\"timeZone\":\"Mars/Base\"}"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldErrors()).containsExactlyInAnyOrder("username", "password", "timeZone");
    }

    @Test
    @DisplayName("log-in: a username of the wrong type, a missing password and an unknown field")
    void logInBody() {
        ApiResponse response = api.send(Events.request("POST", "/api/auth/login")
                .json("{\"username\":5,\"remember\":true}"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldErrors()).containsExactlyInAnyOrder("username", "password", "remember");
    }

    @Test
    @DisplayName("PATCH /api/me: an unknown zone, a day start out of range and an unknown week day")
    void settings() {
        ApiResponse response = send(Events.request("PATCH", "/api/me")
                .json("{\"timeZone\":\"Mars/Base\",\"dayStartHour\":9,\"weekStart\":\"FUNDAY\"}"));

        assertThat(response.fieldErrors()).containsExactlyInAnyOrder("timeZone", "dayStartHour", "weekStart");
    }

    @Test
    @DisplayName("DELETE /api/me: a password that is not a string and an unknown field")
    void deleteAccount() {
        ApiResponse response = send(Events.request("DELETE", "/api/me").json("{\"password\":42,\"confirm\":true}"));

        assertThat(response.fieldErrors()).containsExactlyInAnyOrder("password", "confirm");
    }

    @Test
    @DisplayName("POST /api/habits: an empty name, a bad colour, times over days, a negative target and an unknown direction")
    void createHabit() {
        ApiResponse response = send(Events.request("POST", "/api/habits").json("""
                {"name":"","color":"red","schedule":{"type":"timesPerWindow","times":9,"days":7},
                 "goal":{"type":"measured","target":-1,"direction":"SIDEWAYS"}}"""));

        assertThat(response.fieldErrors()).containsExactlyInAnyOrder("name", "color", "schedule.times", "goal.target",
                "goal.direction");
        assertThat(api.send(Events.request("GET", "/api/habits").session(session)).json().get("habits")).isEmpty();
    }

    @Test
    @DisplayName("POST /api/habits: types, formats and domain rules of every other field, with an unknown one")
    void createHabitTypes() {
        ApiResponse response = send(Events.request("POST", "/api/habits").json("""
                {"name":7,"description":[],"color":"#123456","emoji":"%s","schedule":{"type":"weekdays","days":["MONDAY","FUNDAY"]},
                 "startDate":"1999-12-31","commitmentDays":"66","colour":"#123456"}""".formatted("x".repeat(17))));

        assertThat(response.fieldErrors()).containsExactlyInAnyOrder("name", "description", "emoji", "schedule.days[1]",
                "startDate", "commitmentDays", "colour");
    }

    @Test
    @DisplayName("POST /api/habits: a target with more than 3 decimal places (1e-999999999 is valid JSON) and a long unit")
    void targetDecimals() {
        ApiResponse response = send(Events.request("POST", "/api/habits").json("""
                {"name":"Read","color":"#123456","schedule":{"type":"daily"},
                 "goal":{"type":"measured","target":1e-999999999,"unit":"%s"}}""".formatted("u".repeat(21))));

        assertThat(response.fieldErrors()).containsExactlyInAnyOrder("goal.target", "goal.unit");
    }

    @Test
    @DisplayName("PATCH /api/habits/{id}: a null name, a bad colour, a long emoji, a short commitment and an early start")
    void updateHabit() {
        String id = api.createHabit(session, "Read");

        ApiResponse response = send(Events.request("PATCH", "/api/habits/" + id).json("""
                {"name":null,"color":"blue","emoji":"%s","commitmentDays":1,"startDate":"1999-01-01"}"""
                .formatted("x".repeat(17))));

        assertThat(response.fieldErrors()).containsExactlyInAnyOrder("name", "color", "emoji", "commitmentDays",
                "startDate");
        assertThat(api.send(Events.request("GET", "/api/habits/" + id).session(session)).json().get("name").asText())
                .isEqualTo("Read");
    }

    @Test
    @DisplayName("PUT /api/habits/order: every element that is not a habit id, by its index")
    void reorder() {
        ApiResponse response = send(Events.request("PUT", "/api/habits/order")
                .json("{\"order\":[\"not-an-id\",5,null]}"));

        assertThat(response.fieldErrors()).containsExactlyInAnyOrder("order[0]", "order[1]", "order[2]");
    }

    @Test
    @DisplayName("PUT a check-in: a bad day in the path with a bad status, a negative amount and a note that is not text")
    void checkIn() {
        String id = api.createHabit(session, "Read");

        ApiResponse response = send(Events.request("PUT", "/api/habits/" + id + "/checkins/2026-13-01")
                .json("{\"status\":\"MAYBE\",\"amount\":-1,\"note\":7}"));

        assertThat(response.fieldErrors()).containsExactlyInAnyOrder("day", "status", "amount", "note");
    }

    @Test
    @DisplayName("POST /api/pauses: a habit id that is not one, a day before 2000 and a day that is not a date")
    void pause() {
        ApiResponse response = send(Events.request("POST", "/api/pauses")
                .json("{\"habitId\":\"nope\",\"from\":\"1999-01-01\",\"to\":\"someday\"}"));

        assertThat(response.fieldErrors()).containsExactlyInAnyOrder("habitId", "from", "to");
    }

    @Test
    @DisplayName("POST /api/import: faults in the settings, in two habits and in a check-in, each by its path in the file")
    void importFile() {
        ApiResponse response = send(Events.request("POST", "/api/import").json("""
                {"formatVersion":1,"settings":{"timeZone":"Mars/Base","weekStart":"FUNDAY"},
                 "habits":[
                   {"id":"0199a0b4-1d4e-7c3e-9f10-0123456789ab","color":"#00897b","schedule":{"type":"daily"},
                    "startDate":"2026-11-01","checkins":[{"day":"2026-11-02","status":"MAYBE","amount":"x"}]},
                   {"id":"0199a0b4-1d4e-7c3e-9f10-0123456789ac","name":"Bad","color":"teal",
                    "schedule":{"type":"timesPerWindow","times":"3"},"startDate":"2026-11-01","extra":true}]}"""));

        assertThat(response.fieldErrors()).containsExactlyInAnyOrder("settings.timeZone", "settings.weekStart",
                "habits[0].name", "habits[0].checkins[0].status", "habits[0].checkins[0].amount", "habits[1].color",
                "habits[1].schedule.times", "habits[1].schedule.days", "habits[1].extra");
    }
}
