package org.habittracker.adapters.lambda.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** A handler's answer with readable accessors. */
public record ApiResponse(APIGatewayV2HTTPResponse raw) {

    private static final JsonMapper READER = JsonMapper.builder().build();

    public int status() {
        return raw.getStatusCode();
    }

    public String body() {
        return raw.getBody() == null ? "" : raw.getBody();
    }

    public JsonNode json() {
        try {
            return READER.readTree(body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body(), e);
        }
    }

    public Map<String, String> headers() {
        return raw.getHeaders() == null ? Map.of() : raw.getHeaders();
    }

    public Optional<String> header(String name) {
        return headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst();
    }

    public List<String> cookies() {
        return raw.getCookies() == null ? List.of() : raw.getCookies();
    }

    /** The session token set by this response, if it sets one (not if it clears it). */
    public Optional<String> sessionToken() {
        return cookies().stream().filter(c -> c.startsWith("habits_session="))
                .map(c -> c.substring("habits_session=".length(), c.indexOf(';'))).filter(t -> !t.isEmpty())
                .findFirst();
    }

    public List<String> fieldErrors() {
        JsonNode errors = json().get("errors");
        return errors == null ? List.of() : errors.findValuesAsText("field");
    }

    @Override
    public String toString() {
        return status() + " " + body();
    }
}
