package org.habittracker.adapters.lambda.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.habittracker.adapters.lambda.support.ApiResponse;
import org.habittracker.adapters.lambda.support.Events;
import org.habittracker.adapters.lambda.support.FakeBackedApi;

@DisplayName("Problem documents carry machine-readable codes: the problem's, and each field error's")
class ProblemCodesTest {

    private final FakeBackedApi api = new FakeBackedApi();
    private String session;

    @BeforeEach
    void logIn() {
        session = api.register("grace");
    }

    private static String codeOf(ApiResponse response, String field) {
        for (JsonNode error : response.json().get("errors")) {
            if (error.get("field").asText().equals(field)) {
                return error.get("code").asText();
            }
        }
        throw new AssertionError("no error for " + field + " in " + response);
    }

    @Test
    @DisplayName("a validation problem is code validation, and each field names the rule it broke")
    void validationCodes() {
        ApiResponse response = api.send(Events.request("POST", "/api/habits").session(session)
                .json("{\"name\":\"Read\",\"schedule\":{\"type\":\"timesPerWindow\",\"times\":0,\"days\":7},\"colour\":1}"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asText()).isEqualTo("validation");
        assertThat(codeOf(response, "colour")).isEqualTo("unknown");
        assertThat(response.json().get("errors")).allSatisfy(error -> assertThat(error.get("code").asText()).isNotBlank());
    }

    @Test
    @DisplayName("a day in the query that is not yyyy-mm-dd is code format; a missing bound is code required")
    void queryCodes() {
        String habit = api.send(Events.request("POST", "/api/habits").session(session)
                .json("{\"name\":\"Read\",\"schedule\":{\"type\":\"daily\"}}")).json().get("id").asText();

        ApiResponse badDay = api.send(Events.request("GET", "/api/habits/" + habit + "/checkins?from=yesterday&to=2026-11-22")
                .session(session));
        ApiResponse noEnd = api.send(Events.request("GET", "/api/habits/" + habit + "/checkins?from=2026-11-01")
                .session(session));

        assertThat(codeOf(badDay, "from")).isEqualTo("format");
        assertThat(codeOf(noEnd, "to")).isEqualTo("required");
    }

    @Test
    @DisplayName("a username already taken is 409 code conflict, its field error too")
    void conflictCodes() {
        ApiResponse response = api.send(Events.request("POST", "/api/auth/register")
                .json("{\"username\":\"grace\",\"password\":\"a long enough password\",\"timeZone\":\"UTC\"}"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("code").asText()).isEqualTo("conflict");
        assertThat(codeOf(response, "username")).isEqualTo("conflict");
    }

    @Test
    @DisplayName("a problem without field errors has its code too: an unknown route is code not-found")
    void notFoundCode() {
        ApiResponse response = api.send(Events.request("GET", "/api/nothing-here").session(session));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("code").asText()).isEqualTo("not-found");
    }
}
