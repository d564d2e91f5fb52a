package org.habittracker.adapters.lambda.habits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import org.habittracker.adapters.lambda.support.ApiResponse;
import org.habittracker.adapters.lambda.support.Events;
import org.habittracker.adapters.lambda.support.FakeBackedApi;

@DisplayName("Habits: create, read, update, archive, reorder, delete, and the board")
class HabitEndpointsTest {

    private static final String READ = """
            {"name":"Read","description":"20 pages","color":"#00897b","emoji":"📚",
             "schedule":{"type":"timesPerWindow","times":3,"days":7},
             "goal":{"type":"measured","target":20,"unit":"pages","direction":"AT_LEAST"},
             "startDate":"2026-11-01","commitmentDays":66}""";

    private final FakeBackedApi api = new FakeBackedApi();
    private String session;

    @BeforeEach
    void logIn() {
        session = api.register("ada");
    }

    private ApiResponse create(String json) {
        return api.send(Events.request("POST", "/api/habits").session(session).json(json));
    }

    @Test
    @DisplayName("create answers 201 with Location and the habit as sent, plus id, position, archived, createdAt")
    void create() {
        ApiResponse response = create(READ);

        assertThat(response.status()).isEqualTo(201);
        JsonNode habit = response.json();
        assertThat(response.header("Location")).contains("/api/habits/" + habit.get("id").asText());
        assertThat(habit.get("name").asText()).isEqualTo("Read");
        assertThat(habit.get("description").asText()).isEqualTo("20 pages");
        assertThat(habit.get("emoji").asText()).isEqualTo("📚");
        assertThat(habit.get("schedule").toString()).isEqualTo("{\"type\":\"timesPerWindow\",\"times\":3,\"days\":7}");
        assertThat(habit.get("goal").toString())
                .isEqualTo("{\"type\":\"measured\",\"target\":20,\"unit\":\"pages\",\"direction\":\"AT_LEAST\"}");
        assertThat(habit.get("startDate").asText()).isEqualTo("2026-11-01");
        assertThat(habit.get("commitmentDays").asInt()).isEqualTo(66);
        assertThat(habit.get("position").asInt()).isZero();
        assertThat(habit.get("archived").asBoolean()).isFalse();
        assertThat(habit.get("createdAt").asText()).endsWith("Z");
    }

    @Test
    @DisplayName("create without a colour gives the habit Loop's default, #00897b")
    void createWithoutColour() {
        ApiResponse response = create("{\"name\":\"Stretch\",\"schedule\":{\"type\":\"daily\"}}");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("color").asText()).isEqualTo("#00897b");
    }

    @Test
    @DisplayName("on a named stage, Location keeps the stage prefix so it can be followed")
    void locationWithStage() {
        ApiResponse response = api.send(Events.request("POST", "/api/habits").stage("prod").session(session).json(READ));

        assertThat(response.header("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/prod/api/habits/"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "{\"type\":\"daily\"}", "{\"type\":\"weekdays\",\"days\":[\"MONDAY\",\"FRIDAY\"]}",
            "{\"type\":\"timesPerWindow\",\"times\":3,\"days\":7}", "{\"type\":\"timesPerWeek\",\"times\":3}",
            "{\"type\":\"timesPerMonth\",\"times\":10}" })
    @DisplayName("every schedule type goes in and comes back as sent")
    void schedules(String schedule) {
        ApiResponse response = create("{\"name\":\"H\",\"color\":\"#123456\",\"schedule\":" + schedule + "}");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("schedule").toString()).isEqualTo(schedule);
        assertThat(response.json().get("goal").toString()).isEqualTo("{\"type\":\"yesNo\"}");
    }

    @Test
    @DisplayName("a domain rule broken in the schedule is a 400 naming schedule.times")
    void scheduleValidation() {
        ApiResponse response = create("{\"name\":\"H\",\"color\":\"#123456\",\"schedule\":{\"type\":\"timesPerWindow\",\"times\":8,\"days\":7}}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("title").asText()).isEqualTo("Validation failed");
        assertThat(response.fieldErrors()).containsExactly("schedule.times");
        assertThat(response.json().get("errors").get(0).get("message").asText()).isEqualTo("must be between 1 and 7");
    }

    @Test
    @DisplayName("an unknown or missing schedule type is a 400 naming schedule.type")
    void scheduleType() {
        assertThat(create("{\"name\":\"H\",\"color\":\"#123456\",\"schedule\":{\"type\":\"hourly\"}}").fieldErrors())
                .containsExactly("schedule.type");
        assertThat(create("{\"name\":\"H\",\"color\":\"#123456\",\"schedule\":{\"times\":3}}").fieldErrors())
                .containsExactly("schedule.type");
    }

    @Test
    @DisplayName("an unknown field is a 400 naming it (with what it left missing, if anything), also inside the schedule")
    void unknownField() {
        assertThat(create("{\"name\":\"H\",\"colour\":\"#123456\",\"schedule\":{\"type\":\"daily\"}}").fieldErrors())
                .as("a colour is optional: only the misspelling is named").containsExactly("colour");
        assertThat(create("{\"name\":\"H\",\"color\":\"#123456\",\"schedule\":{\"type\":\"weekdays\",\"day\":[]}}").fieldErrors())
                .containsExactly("schedule.day", "schedule.days");
    }

    @Test
    @DisplayName("wrong types and formats name the field: a bad date, a bad weekday, a string for a number")
    void wrongTypes() {
        assertThat(create("{\"name\":\"H\",\"color\":\"#123456\",\"schedule\":{\"type\":\"daily\"},\"startDate\":\"2026-13-40\"}")
                .fieldErrors()).containsExactly("startDate");
        assertThat(create("{\"name\":\"H\",\"color\":\"#123456\",\"schedule\":{\"type\":\"weekdays\",\"days\":[\"FUNDAY\"]}}")
                .fieldErrors()).containsExactly("schedule.days[0]");
        assertThat(create("{\"name\":\"H\",\"color\":\"#123456\",\"schedule\":{\"type\":\"timesPerWeek\",\"times\":\"3\"}}")
                .fieldErrors()).containsExactly("schedule.times");
    }

    @Test
    @DisplayName("missing required fields and bad values are named, each of them")
    void requiredFields() {
        assertThat(create("{\"color\":\"#123456\",\"schedule\":{\"type\":\"daily\"}}").fieldErrors()).containsExactly("name");
        assertThat(create("{\"name\":\"H\",\"color\":\"red\",\"schedule\":{\"type\":\"daily\"}}").fieldErrors()).containsExactly("color");
        assertThat(create("{\"name\":\"H\",\"color\":\"#123456\"}").fieldErrors()).containsExactly("schedule");
        assertThat(create("{\"name\":\"H\",\"color\":\"#123456\",\"schedule\":{\"type\":\"daily\"},\"commitmentDays\":2}")
                .fieldErrors()).containsExactly("commitmentDays");
    }

    @Test
    @DisplayName("the board lists active habits in order with today's status, streak and score")
    void board() {
        create(READ);
        create("{\"name\":\"Walk\",\"color\":\"#123456\",\"schedule\":{\"type\":\"daily\"}}");

        ApiResponse board = api.send(Events.request("GET", "/api/habits").session(session));

        assertThat(board.status()).isEqualTo(200);
        assertThat(board.json().get("today").asText()).isEqualTo("2026-11-22");
        assertThat(board.json().get("habits").findValuesAsText("name")).containsExactly("Read", "Walk");
        JsonNode walk = board.json().get("habits").get(1);
        assertThat(walk.get("todayStatus").asText()).isEqualTo("PENDING");
        assertThat(walk.get("currentStreak").asInt()).isZero();
        assertThat(walk.has("score")).isTrue();
    }

    @Test
    @DisplayName("a board entry is the habit's fields in the habit's order, then today's, with absent ones left out")
    void boardEntryText() {
        String id = create("{\"name\":\"Walk\",\"color\":\"#123456\",\"schedule\":{\"type\":\"daily\"}}")
                .json().get("id").asText();

        String body = api.send(Events.request("GET", "/api/habits").session(session)).body();

        assertThat(body.replaceAll("\"createdAt\":\"[^\"]+\"", "\"createdAt\":\"T\""))
                .isEqualTo("{\"today\":\"2026-11-22\",\"habits\":[{\"id\":\"" + id + "\",\"name\":\"Walk\","
                        + "\"description\":\"\",\"color\":\"#123456\",\"schedule\":{\"type\":\"daily\"},"
                        + "\"goal\":{\"type\":\"yesNo\"},\"startDate\":\"2026-11-22\",\"position\":0,\"archived\":false,"
                        + "\"createdAt\":\"T\",\"todayStatus\":\"PENDING\",\"currentStreak\":0,\"score\":0.0}]}");
    }

    @Test
    @DisplayName("PATCH changes only what it names; null clears emoji and commitment; null for name is refused")
    void patch() {
        String id = create(READ).json().get("id").asText();

        ApiResponse renamed = api.send(Events.request("PATCH", "/api/habits/" + id).session(session)
                .json("{\"name\":\"Read more\",\"emoji\":null,\"commitmentDays\":null,\"schedule\":{\"type\":\"daily\"}}"));

        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("name").asText()).isEqualTo("Read more");
        assertThat(renamed.json().has("emoji")).isFalse();
        assertThat(renamed.json().has("commitmentDays")).isFalse();
        assertThat(renamed.json().get("description").asText()).isEqualTo("20 pages");
        assertThat(renamed.json().get("schedule").get("type").asText()).isEqualTo("daily");

        ApiResponse nullName = api.send(Events.request("PATCH", "/api/habits/" + id).session(session).json("{\"name\":null}"));
        assertThat(nullName.fieldErrors()).containsExactly("name");
        ApiResponse unknown = api.send(Events.request("PATCH", "/api/habits/" + id).session(session).json("{\"nmae\":\"x\"}"));
        assertThat(unknown.fieldErrors()).containsExactly("nmae");
        ApiResponse badSchedule = api.send(Events.request("PATCH", "/api/habits/" + id).session(session)
                .json("{\"schedule\":{\"type\":\"timesPerWeek\",\"times\":9}}"));
        assertThat(badSchedule.fieldErrors()).containsExactly("schedule.times");
    }

    @Test
    @DisplayName("archive takes a habit off the board, unarchive brings it back")
    void archive() {
        String id = create(READ).json().get("id").asText();

        ApiResponse archived = api.send(Events.request("POST", "/api/habits/" + id + "/archive").session(session));
        assertThat(archived.status()).isEqualTo(200);
        assertThat(archived.json().get("archived").asBoolean()).isTrue();
        assertThat(api.send(Events.request("GET", "/api/habits").session(session)).json().get("habits")).isEmpty();

        ApiResponse restored = api.send(Events.request("POST", "/api/habits/" + id + "/unarchive").session(session));
        assertThat(restored.json().get("archived").asBoolean()).isFalse();
        assertThat(api.send(Events.request("GET", "/api/habits").session(session)).json().get("habits")).hasSize(1);
    }

    @Test
    @DisplayName("GET /api/habits?archived=true lists only the archived habits, whole, in board order")
    void listArchived() {
        String first = api.createHabit(session, "First");
        api.createHabit(session, "Kept");
        String third = api.createHabit(session, "Third");
        api.send(Events.request("POST", "/api/habits/" + third + "/archive").session(session));
        api.send(Events.request("POST", "/api/habits/" + first + "/archive").session(session));

        ApiResponse archived = api.send(Events.request("GET", "/api/habits?archived=true").session(session));

        assertThat(archived.status()).isEqualTo(200);
        assertThat(archived.json().get("habits").findValuesAsText("name")).containsExactly("First", "Third");
        assertThat(archived.json().get("habits").findValuesAsText("archived")).containsOnly("true");
        assertThat(archived.json().get("habits").get(0).get("schedule")).isNotNull();
        assertThat(archived.json().has("today")).as("not the board").isFalse();
    }

    @Test
    @DisplayName("?archived=false is the board, and any other value is a 400 naming the parameter")
    void archivedParameter() {
        api.createHabit(session, "On the board");

        ApiResponse board = api.send(Events.request("GET", "/api/habits?archived=false").session(session));
        assertThat(board.json().has("today")).isTrue();
        assertThat(board.json().get("habits").findValuesAsText("name")).containsExactly("On the board");

        ApiResponse bad = api.send(Events.request("GET", "/api/habits?archived=yes").session(session));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.fieldErrors()).containsExactly("archived");
    }

    @Test
    @DisplayName("another user's archived habits are not listed")
    void archivedScopedByOwner() {
        String mine = api.createHabit(session, "Mine");
        api.send(Events.request("POST", "/api/habits/" + mine + "/archive").session(session));
        String other = api.register("grace");

        assertThat(api.send(Events.request("GET", "/api/habits?archived=true").session(other)).json().get("habits"))
                .isEmpty();
    }

    @Test
    @DisplayName("reorder puts the habits in the order given")
    void reorder() {
        String first = api.createHabit(session, "First");
        String second = api.createHabit(session, "Second");

        ApiResponse response = api.send(Events.request("PUT", "/api/habits/order").session(session)
                .json("{\"order\":[\"" + second + "\",\"" + first + "\"]}"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("habits").findValuesAsText("name")).containsExactly("Second", "First");
        assertThat(api.send(Events.request("GET", "/api/habits").session(session)).json().get("habits")
                .findValuesAsText("name")).containsExactly("Second", "First");
        assertThat(api.send(Events.request("PUT", "/api/habits/order").session(session).json("{\"order\":[\"nope\"]}"))
                .fieldErrors()).containsExactly("order[0]");
    }

    @Test
    @DisplayName("delete answers 204, after which the habit is not found")
    void delete() {
        String id = api.createHabit(session, "Gone");

        assertThat(api.send(Events.request("DELETE", "/api/habits/" + id).session(session)).status()).isEqualTo(204);
        assertThat(api.send(Events.request("GET", "/api/habits/" + id).session(session)).status()).isEqualTo(404);
        assertThat(api.send(Events.request("DELETE", "/api/habits/" + id).session(session)).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("a habit id that is not a UUID is simply not found")
    void malformedId() {
        assertThat(api.send(Events.request("GET", "/api/habits/42").session(session)).status()).isEqualTo(404);
        assertThat(api.send(Events.request("GET", "/api/habits/%27%20OR%201=1--").session(session)).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("without a session every habit route is a 401")
    void unauthenticated() {
        assertThat(api.send(Events.request("GET", "/api/habits")).status()).isEqualTo(401);
        assertThat(api.send(Events.request("POST", "/api/habits").json(READ)).status()).isEqualTo(401);
    }
}
