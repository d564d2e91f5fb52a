package org.habittracker.adapters.lambda.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.habittracker.adapters.lambda.support.ApiResponse;
import org.habittracker.adapters.lambda.support.Events;
import org.habittracker.adapters.lambda.support.FakeBackedApi;

/**
 * Issue 13's fuzz suite through the handler over the in-memory ports: every write endpoint gets hostile variants
 * of a valid body ({@link HostileBodies}, fixed seed, a bounded number of tries). Whatever the body, the answer is
 * never a 5xx; a refusal is {@code application/problem+json}; and a refused request leaves the owner's data as it
 * was (the export before and after, {@code exportedAt} aside, is the same).
 */
@DisplayName("Hostile bodies to every write endpoint: never a 5xx, refusals are problems and change nothing")
class WriteEndpointsFuzzTest {

    private static final long SEED = 13;
    private static final int TRIES_PER_ENDPOINT = 150;

    private FakeBackedApi api;
    private String session;
    private String habit;

    /** One write endpoint: how to address it once the user and their habit exist, and a body it takes. */
    record Endpoint(String name, String method, Function<WriteEndpointsFuzzTest, String> path,
            Function<WriteEndpointsFuzzTest, String> validBody) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("register", "POST", t -> "/api/auth/register",
                        t -> "{\"username\":\"fuzzed\",\"password\":\"correct horse battery\",\"timeZone\":\"Europe/Berlin\"}"),
                new Endpoint("log in", "POST", t -> "/api/auth/login",
                        t -> "{\"username\":\"fuzzer\",\"password\":\"not the password\"}"),
                new Endpoint("settings", "PATCH", t -> "/api/me",
                        t -> "{\"timeZone\":\"Pacific/Kiritimati\",\"dayStartHour\":3,\"weekStart\":\"SUNDAY\"}"),
                new Endpoint("delete account", "DELETE", t -> "/api/me", t -> "{\"password\":\"not the password\"}"),
                new Endpoint("create habit", "POST", t -> "/api/habits", t -> HABIT),
                new Endpoint("update habit", "PATCH", t -> "/api/habits/" + t.habit, t -> HABIT),
                new Endpoint("reorder", "PUT", t -> "/api/habits/order", t -> "{\"order\":[\"" + t.habit + "\"]}"),
                new Endpoint("check in", "PUT", t -> "/api/habits/" + t.habit + "/checkins/2026-11-20",
                        t -> "{\"status\":\"DONE\",\"amount\":2.5,\"note\":\"fine\"}"),
                new Endpoint("pause", "POST", t -> "/api/pauses",
                        t -> "{\"habitId\":\"" + t.habit + "\",\"from\":\"2026-11-01\",\"to\":\"2026-11-07\"}"),
                new Endpoint("token", "POST", t -> "/api/tokens", t -> "{\"name\":\"script\"}"),
                new Endpoint("import", "POST", t -> "/api/import", WriteEndpointsFuzzTest::importable));
    }

    private static final String HABIT = """
            {"name":"Water","description":"glasses a day","color":"#1976d2","emoji":"💧",
             "schedule":{"type":"timesPerWindow","times":3,"days":7},
             "goal":{"type":"measured","target":8,"unit":"glasses","direction":"AT_LEAST"},
             "startDate":"2026-11-01","commitmentDays":30}""";

    @BeforeEach
    void fuzzerWithAHabit() {
        api = new FakeBackedApi();
        session = api.register("fuzzer");
        ApiResponse created = api.send(Events.request("POST", "/api/habits").session(session).json(HABIT));
        habit = created.json().get("id").asText();
        api.send(Events.request("PUT", "/api/habits/" + habit + "/checkins/2026-11-21").session(session)
                .json("{\"status\":\"DONE\",\"amount\":9}"));
        api.send(Events.request("POST", "/api/pauses").session(session)
                .json("{\"from\":\"2026-11-10\",\"to\":\"2026-11-12\"}"));
    }

    /** The user's own export with a new habit id, so importing it is valid: every field of it gets fuzzed. */
    private String importable() {
        ObjectNode export = (ObjectNode) export();
        ((ObjectNode) export.get("habits").get(0)).put("id", "0190a000-0000-7000-8000-000000000001");
        return export.toString();
    }

    private JsonNode export() {
        ApiResponse response = api.send(Events.request("GET", "/api/export").session(session));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        ObjectNode export = (ObjectNode) response.json();
        export.remove("exportedAt");
        return export;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    @DisplayName("hostile bodies")
    void hostileBodies(Endpoint endpoint) {
        HostileBodies bodies = new HostileBodies(SEED + endpoint.name().hashCode());
        JsonNode valid = HostileBodies.parse(endpoint.validBody().apply(this));
        for (int i = 0; i < TRIES_PER_ENDPOINT; i++) {
            HostileBodies.Body body = bodies.next(valid);
            JsonNode before = export();

            ApiResponse response = api.send(Events.request(endpoint.method(), endpoint.path().apply(this))
                    .session(session).sourceIp(Events.uniqueClientIp()).binary("application/json", body.bytes()));

            String what = endpoint + " with " + body.description() + " → " + response;
            assertThat(response.status()).as(what).isLessThan(500);
            if (response.status() >= 400) {
                assertThat(response.header("Content-Type")).as(what)
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(export()).as(what).isEqualTo(before);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("farDaysInPaths")
    @DisplayName("far and odd days in paths and queries are 4xx, not 5xx")
    void farDaysInPaths(String pathAndQuery) {
        String path = pathAndQuery.replace("{habit}", habit);
        String method = path.contains("/checkins/") ? "PUT" : "GET";
        Events.Builder request = Events.request(method, path).session(session);
        if (method.equals("PUT")) {
            request.json("{\"status\":\"DONE\",\"amount\":1}");
        }
        JsonNode before = export();

        ApiResponse response = api.send(request);

        assertThat(response.status()).as(response.toString()).isBetween(400, 499);
        assertThat(export()).isEqualTo(before);
    }

    static List<String> farDaysInPaths() {
        return List.of("/api/habits/{habit}/checkins/+999999999-01-01", "/api/habits/{habit}/checkins/1999-12-31",
                "/api/habits/{habit}/checkins?from=+999999999-01-01&to=+999999999-12-31",
                "/api/habits/{habit}/checkins?from=9999-12-31&to=+999999999-12-31",
                "/api/habits/{habit}/checkins?from=-999999999-01-01&to=2026-11-01");
    }
}
