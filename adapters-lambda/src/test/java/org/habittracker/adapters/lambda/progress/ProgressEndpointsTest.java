package org.habittracker.adapters.lambda.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import org.habittracker.application.port.in.data.UserDataExport;

import org.habittracker.adapters.lambda.support.ApiResponse;
import org.habittracker.adapters.lambda.support.Events;
import org.habittracker.adapters.lambda.support.FakeBackedApi;

@DisplayName("Check-ins, history, statistics, pauses, profile, export and import")
class ProgressEndpointsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final FakeBackedApi api = new FakeBackedApi();
    private String session;
    private String habit;

    @BeforeEach
    void setUp() {
        session = api.register("ada");
        habit = api.createHabit(session, "Walk");
    }

    private ApiResponse checkIn(LocalDate day, String body) {
        return api.send(Events.request("PUT", "/api/habits/" + habit + "/checkins/" + day).session(session).json(body));
    }

    @Test
    @DisplayName("a check-in is recorded idempotently and shows on the board")
    void recordCheckIn() {
        ApiResponse first = checkIn(TODAY, "{\"status\":\"DONE\",\"note\":\"on the train\"}");
        ApiResponse again = checkIn(TODAY, "{\"status\":\"DONE\",\"note\":\"on the train\"}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(first.json().get("day").asText()).isEqualTo("2026-11-22");
        assertThat(first.json().get("note").asText()).isEqualTo("on the train");
        JsonNode entry = api.send(Events.request("GET", "/api/habits").session(session)).json().get("habits").get(0);
        assertThat(entry.get("todayStatus").asText()).isEqualTo("DONE");
        assertThat(entry.get("currentStreak").asInt()).isEqualTo(1);
    }

    private ApiResponse clear(LocalDate day) {
        return api.send(Events.request("DELETE", "/api/habits/" + habit + "/checkins/" + day).session(session));
    }

    private JsonNode board() {
        return api.send(Events.request("GET", "/api/habits").session(session)).json();
    }

    @Test
    @DisplayName("clearing a day answers 200, whether or not there was a check-in")
    void clearCheckIn() {
        checkIn(TODAY, "{\"status\":\"DONE\"}");

        assertThat(clear(TODAY).status()).isEqualTo(200);
        assertThat(clear(TODAY).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("a check-in answers with the habit's board entry exactly as the board then shows it, and the board's today")
    void checkInAnswersWithTheBoardEntry() {
        checkIn(TODAY.minusDays(1), "{\"status\":\"DONE\"}");

        JsonNode answer = checkIn(TODAY, "{\"status\":\"DONE\"}").json();

        JsonNode board = board();
        assertThat(answer.get("entry")).isEqualTo(board.get("habits").get(0));
        assertThat(answer.get("today")).isEqualTo(board.get("today"));
        assertThat(answer.get("entry").get("todayStatus").asText()).isEqualTo("DONE");
        assertThat(answer.get("entry").get("currentStreak").asInt()).isEqualTo(2);
    }

    @Test
    @DisplayName("clearing a day answers with the habit's board entry without it, exactly as the board then shows it")
    void clearAnswersWithTheBoardEntry() {
        checkIn(TODAY, "{\"status\":\"DONE\"}");

        JsonNode answer = clear(TODAY).json();

        JsonNode board = board();
        assertThat(answer.get("entry")).isEqualTo(board.get("habits").get(0));
        assertThat(answer.get("today")).isEqualTo(board.get("today"));
        assertThat(answer.get("entry").get("todayStatus").asText()).isEqualTo("PENDING");
    }

    @Test
    @DisplayName("bad days are 400s naming the day: not a date, in the future, before 2000")
    void badDays() {
        assertThat(api.send(Events.request("PUT", "/api/habits/" + habit + "/checkins/2026-02-30").session(session)
                .json("{\"status\":\"DONE\"}")).fieldErrors()).containsExactly("day");
        assertThat(checkIn(TODAY.plusDays(1), "{\"status\":\"DONE\"}").fieldErrors()).containsExactly("day");
        assertThat(checkIn(LocalDate.of(1999, 12, 31), "{\"status\":\"DONE\"}").fieldErrors()).containsExactly("day");
        assertThat(checkIn(TODAY, "{\"status\":\"MAYBE\"}").fieldErrors()).containsExactly("status");
        assertThat(checkIn(TODAY, "{}").fieldErrors()).containsExactly("status");
    }

    @Test
    @DisplayName("history lists the check-ins and each day's state; the range is checked")
    void history() {
        checkIn(TODAY.minusDays(2), "{\"status\":\"DONE\"}");
        checkIn(TODAY.minusDays(1), "{\"status\":\"SKIPPED\"}");

        ApiResponse response = api.send(Events.request("GET",
                "/api/habits/" + habit + "/checkins?from=" + TODAY.minusDays(6) + "&to=" + TODAY).session(session));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("checkins").findValuesAsText("status")).containsExactly("DONE", "SKIPPED");
        assertThat(response.json().get("days").findValuesAsText("state")).endsWith("SATISFIED", "EXCUSED", "PENDING");

        assertThat(api.send(Events.request("GET", "/api/habits/" + habit + "/checkins?from=2026-11-01").session(session))
                .fieldErrors()).containsExactly("to");
        assertThat(api.send(Events.request("GET", "/api/habits/" + habit + "/checkins?from=yesterday&to=2026-11-22")
                .session(session)).fieldErrors()).containsExactly("from");
        assertThat(api.send(Events.request("GET", "/api/habits/" + habit + "/checkins?from=2000-01-01&to=2026-11-22")
                .session(session)).status()).isEqualTo(400);
    }

    @Test
    @DisplayName("statistics carry streaks, score, rates, weekday and month counts, series and milestones")
    void statistics() {
        for (int i = 8; i >= 0; i--) {
            checkIn(TODAY.minusDays(i), "{\"status\":\"DONE\"}");
        }

        ApiResponse response = api.send(Events.request("GET", "/api/habits/" + habit + "/stats").session(session));

        assertThat(response.status()).isEqualTo(200);
        JsonNode stats = response.json();
        assertThat(stats.get("currentStreak").asInt()).isEqualTo(9);
        assertThat(stats.get("bestStreak").asInt()).isEqualTo(9);
        assertThat(stats.get("totalSatisfied").asInt()).isEqualTo(9);
        assertThat(stats.get("completionRate").get("last7").asDouble()).isEqualTo(1.0);
        assertThat(stats.get("byWeekday").get("SUNDAY").asInt()).isEqualTo(2);
        assertThat(stats.get("byMonth").get("2026-11").asInt()).isEqualTo(9);
        assertThat(stats.get("scoreSeries")).hasSize(9);
        assertThat(stats.get("milestones").findValuesAsText("kind")).containsExactly("STREAK_7");
    }

    @Test
    @DisplayName("a measured habit takes amounts and reports today's amount on the board")
    void measured() {
        String pages = api.send(Events.request("POST", "/api/habits").session(session).json(
                "{\"name\":\"Read\",\"color\":\"#00897b\",\"schedule\":{\"type\":\"daily\"},\"goal\":{\"type\":\"measured\",\"target\":20,\"unit\":\"pages\",\"direction\":\"AT_LEAST\"}}"))
                .json().get("id").asText();

        ApiResponse recorded = api.send(Events.request("PUT", "/api/habits/" + pages + "/checkins/" + TODAY).session(session)
                .json("{\"status\":\"DONE\",\"amount\":12.5}"));

        assertThat(recorded.json().get("amount").decimalValue()).isEqualByComparingTo("12.5");
        JsonNode entry = api.send(Events.request("GET", "/api/habits").session(session)).json().get("habits").get(1);
        assertThat(entry.get("todayAmount").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(api.send(Events.request("PUT", "/api/habits/" + pages + "/checkins/" + TODAY).session(session)
                .json("{\"status\":\"DONE\",\"amount\":-1}")).fieldErrors()).containsExactly("amount");
    }

    @Test
    @DisplayName("pauses are created (201), listed and deleted; a bad range names the field")
    void pauses() {
        ApiResponse created = api.send(Events.request("POST", "/api/pauses").session(session)
                .json("{\"habitId\":\"" + habit + "\",\"from\":\"2026-11-10\",\"to\":\"2026-11-15\"}"));
        ApiResponse all = api.send(Events.request("POST", "/api/pauses").session(session)
                .json("{\"from\":\"2026-12-24\",\"to\":\"2026-12-26\"}"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("habitId").asText()).isEqualTo(habit);
        assertThat(all.json().has("habitId")).isFalse();
        assertThat(api.send(Events.request("GET", "/api/pauses").session(session)).json().get("pauses")).hasSize(2);

        String id = created.json().get("id").asText();
        assertThat(api.send(Events.request("DELETE", "/api/pauses/" + id).session(session)).status()).isEqualTo(204);
        assertThat(api.send(Events.request("GET", "/api/pauses").session(session)).json().get("pauses")).hasSize(1);
        assertThat(api.send(Events.request("POST", "/api/pauses").session(session)
                .json("{\"from\":\"2026-12-26\",\"to\":\"2026-12-24\"}")).fieldErrors()).containsExactly("to");
    }

    @Test
    @DisplayName("the profile reads and changes time zone, day start and week start; deleting needs the password")
    void profile() {
        ApiResponse me = api.send(Events.request("GET", "/api/me").session(session));
        assertThat(me.json().get("timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(me.json().get("weekStart").asText()).isEqualTo("MONDAY");

        ApiResponse changed = api.send(Events.request("PATCH", "/api/me").session(session)
                .json("{\"dayStartHour\":3,\"weekStart\":\"SUNDAY\"}"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("dayStartHour").asInt()).isEqualTo(3);
        assertThat(changed.json().get("weekStart").asText()).isEqualTo("SUNDAY");
        assertThat(changed.json().get("timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(api.send(Events.request("PATCH", "/api/me").session(session).json("{\"dayStartHour\":6}")).fieldErrors())
                .containsExactly("dayStartHour");

        ApiResponse wrong = api.send(Events.request("DELETE", "/api/me").session(session).json("{\"password\":\"nope nope\"}"));
        assertThat(wrong.status()).isEqualTo(403);
        ApiResponse deleted = api.send(Events.request("DELETE", "/api/me").session(session)
                .json("{\"password\":\"correct horse battery\"}"));
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.cookies()).singleElement().asString().startsWith("habits_session=;");
        assertThat(api.send(Events.request("GET", "/api/me").session(session)).status()).isEqualTo(401);
    }

    @Test
    @DisplayName("an export imported into a new account gives the same board")
    void exportImport() {
        checkIn(TODAY.minusDays(1), "{\"status\":\"DONE\"}");
        checkIn(TODAY, "{\"status\":\"DONE\",\"note\":\"x\"}");
        api.send(Events.request("POST", "/api/pauses").session(session).json("{\"habitId\":\"" + habit
                + "\",\"from\":\"2026-11-01\",\"to\":\"2026-11-03\"}"));
        ApiResponse export = api.send(Events.request("GET", "/api/export").session(session));
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).startsWith("attachment"));
        assertThat(export.json().get("formatVersion").asInt()).isEqualTo(UserDataExport.FORMAT_VERSION);

        String other = api.register("grace");
        ApiResponse imported = api.send(Events.request("POST", "/api/import").session(other).json(export.body()));

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().get("habits").asInt()).isEqualTo(1);
        assertThat(imported.json().get("checkIns").asInt()).isEqualTo(2);
        assertThat(imported.json().get("pauses").asInt()).isEqualTo(1);
        JsonNode original = api.send(Events.request("GET", "/api/habits").session(session)).json().get("habits").get(0);
        JsonNode copy = api.send(Events.request("GET", "/api/habits").session(other)).json().get("habits").get(0);
        assertThat(copy.get("name")).isEqualTo(original.get("name"));
        assertThat(copy.get("currentStreak")).isEqualTo(original.get("currentStreak"));
        assertThat(copy.get("todayStatus")).isEqualTo(original.get("todayStatus"));
        assertThat(copy.get("id")).isNotEqualTo(original.get("id"));
    }

    @Test
    @DisplayName("an import with one bad value names every bad value by its path and writes nothing")
    void importAllOrNothing() {
        String file = """
                {"formatVersion":1,"username":"ada","settings":{"timeZone":"UTC","dayStartHour":0,"weekStart":"MONDAY"},
                 "habits":[
                   {"id":"0199a0b4-1d4e-7c3e-9f10-0123456789ab","name":"Fine","color":"#00897b","schedule":{"type":"daily"},
                    "goal":{"type":"yesNo"},"startDate":"2026-11-01","checkins":[{"day":"2026-11-02","status":"DONE"}]},
                   {"id":"0199a0b4-1d4e-7c3e-9f10-0123456789ac","name":"Bad","color":"#00897b",
                    "schedule":{"type":"timesPerWeek","times":9},"startDate":"2026-11-01",
                    "checkins":[{"day":"1999-01-01","status":"DONE"}]}],
                 "pauses":[{"habitId":"0199a0b4-1d4e-7c3e-9f10-0123456789ff","from":"2026-11-01","to":"2026-11-02"}]}""";

        ApiResponse response = api.send(Events.request("POST", "/api/import").session(session).json(file));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldErrors()).containsExactlyInAnyOrder("habits[1].schedule.times",
                "habits[1].checkins[0].day", "pauses[0].habitId");
        assertThat(api.send(Events.request("GET", "/api/habits").session(session)).json().get("habits")).hasSize(1);
    }
}
