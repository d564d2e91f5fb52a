package org.habittracker.adapters.lambda.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import org.habittracker.adapters.lambda.support.ApiResponse;
import org.habittracker.adapters.lambda.support.Events;
import org.habittracker.adapters.lambda.support.RealApi;
import org.habittracker.application.testing.Parallel;

/**
 * Issue 13, check-then-act races: parallel requests of one owner, through the handler over real PostgreSQL.
 * Before, each request checked its limit on its own snapshot: 20 creates at 490 habits made 501, 25 token
 * creates made 22–25 of a limit of 20, parallel creates shared positions, and 20 parallel wrong passwords
 * were all checked against a limit of 5.
 */
@DisplayName("Parallel writes of one owner keep limits and positions exact, over real PostgreSQL")
class ConcurrentWritesIT {

    private static RealApi api;

    @BeforeAll
    static void start() {
        api = new RealApi(java.util.Map.of("HABITS_DB_POOL_SIZE", "8"));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static String user(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ApiResponse createHabit(String session, int i) {
        return api.send(Events.request("POST", "/api/habits").session(session).json(
                "{\"name\":\"Habit " + i + "\",\"color\":\"#00897b\",\"schedule\":{\"type\":\"daily\"}}"));
    }

    @Test
    @DisplayName("20 parallel creates on an account with 490 habits end at exactly 500, each at its own position")
    void habitLimitAndPositionsAreExact() throws Exception {
        String session = api.register(user("many"));
        for (int i = 0; i < 490; i++) {
            assertThat(createHabit(session, i).status()).isEqualTo(201);
        }

        List<ApiResponse> responses = Parallel.run(20, i -> createHabit(session, 490 + i));

        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(10);
        assertThat(responses).filteredOn(r -> r.status() == 422).hasSize(10);
        JsonNode habits = api.send(Events.request("GET", "/api/habits").session(session)).json()
                .get("habits");
        assertThat(habits).hasSize(500);
        assertThat(habits.findValuesAsText("position")).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("20 parallel creates on an empty account get the positions 0 to 19, each once")
    void parallelCreatesGetDistinctPositions() throws Exception {
        String session = api.register(user("pos"));

        List<ApiResponse> responses = Parallel.run(20, i -> createHabit(session, i));

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(responses.stream().map(r -> r.json().get("position").asInt()))
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, 20).boxed().toList());
    }

    @Test
    @DisplayName("25 parallel token creates make exactly 20 tokens, the limit")
    void tokenLimitIsExact() throws Exception {
        String session = api.register(user("tok"));

        List<ApiResponse> responses = Parallel.run(25, i -> api.send(Events.request("POST", "/api/tokens")
                .session(session).json("{\"name\":\"script " + i + "\"}")));

        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(20);
        assertThat(responses).filteredOn(r -> r.status() == 422).hasSize(5);
        assertThat(api.send(Events.request("GET", "/api/tokens").session(session)).json().get("tokens")).hasSize(20);
    }

    @Test
    @DisplayName("20 parallel wrong passwords for one user: 5 are checked (401), 15 throttled (429 with Retry-After)")
    void parallelGuessesAreCountedBeforeChecking() throws Exception {
        String name = user("guess");
        api.register(name);

        List<ApiResponse> responses = Parallel.run(20, i -> api.send(Events.request("POST", "/api/auth/login")
                .sourceIp(Events.uniqueClientIp()).json("{\"username\":\"" + name + "\",\"password\":\"wrong " + i + "\"}")));

        assertThat(responses).filteredOn(r -> r.status() == 401).hasSize(5);
        assertThat(responses).filteredOn(r -> r.status() == 429)
                .hasSize(15).allSatisfy(r -> assertThat(r.header("Retry-After")).isPresent());
    }

    @Test
    @DisplayName("a client's 21st registration in the window is 429 with Retry-After, and makes no account")
    void registrationsAreThrottledPerClient() {
        String client = Events.uniqueClientIp();
        for (int i = 0; i < 20; i++) {
            assertThat(register(client, user("reg")).status()).isEqualTo(201);
        }
        String last = user("reg");

        ApiResponse refused = register(client, last);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isPresent();
        assertThat(refused.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(api.send(Events.request("POST", "/api/auth/login").sourceIp(Events.uniqueClientIp())
                .json("{\"username\":\"" + last + "\",\"password\":\"correct horse battery\"}")).status()).isEqualTo(401);
    }

    private static ApiResponse register(String client, String username) {
        return api.send(Events.request("POST", "/api/auth/register").sourceIp(client).json(
                "{\"username\":\"" + username + "\",\"password\":\"correct horse battery\",\"timeZone\":\"UTC\"}"));
    }
}
