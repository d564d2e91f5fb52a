package org.habittracker.adapters.localhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habittracker.adapters.localhttp.FuzzedServer.assertAnswered;
import static org.habittracker.adapters.localhttp.FuzzedServer.utf8;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.habittracker.adapters.lambda.fuzz.HostileBodies;
import org.habittracker.adapters.lambda.fuzz.WriteEndpoints;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13's fuzz suite through the local server: every write endpoint gets the handler suite's hostile bodies
 * ({@link HostileBodies}, fixed seed, a bounded number of tries), each whole-body replacement, and valid bodies with
 * bytes UTF-8 never has, over real HTTP into the handler on PostgreSQL. Whatever the body, the answer is never a
 * 5xx; a refusal is a problem document with a request id; a refused request leaves the user's data as it was; and
 * the server answers afterwards.
 */
@DisplayName("Hostile bodies to every write endpoint of the local server:"
        + " never a 5xx, refusals are problems and change nothing")
class WriteEndpointsFuzzIT {
    private static final long SEED = 13;
    /** Fewer than the handler suite's 150: a try here is three round trips over HTTP (request, export, tokens). */
    private static final int TRIES_PER_ENDPOINT = 40;

    private static FuzzedServer server;

    static List<WriteEndpoints.Endpoint> endpoints() {
        return WriteEndpoints.all();
    }

    @BeforeAll
    static void start() {
        server = FuzzedServer.start("fuzz");
    }

    @AfterEach
    void serverStillAnswers() {
        server.assertStillAnswers();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    @DisplayName("hostile variants of a valid body")
    void hostileVariants(WriteEndpoints.Endpoint endpoint) {
        HostileBodies bodies = new HostileBodies(SEED + endpoint.name().hashCode());
        JsonNode valid = HostileBodies.parse(endpoint.validBody().apply(server));
        JsonNode data = server.data();
        for (int i = 0; i < TRIES_PER_ENDPOINT; i++) {
            data = sendAndCheck(endpoint, bodies.next(valid), data);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    @DisplayName("every body that replaces a valid one whole: empty, an array, 100 000 brackets, invalid UTF-8, …")
    void wholeBodies(WriteEndpoints.Endpoint endpoint) {
        JsonNode data = server.data();
        for (HostileBodies.Body body : HostileBodies.wholeBodies()) {
            data = sendAndCheck(endpoint, body, data);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    @DisplayName("a valid body with bytes UTF-8 never has in a string is a 400, and nothing is stored")
    void invalidUtf8InAString(WriteEndpoints.Endpoint endpoint) {
        String valid = endpoint.validBody().apply(server);
        JsonNode before = server.data();
        for (int at : stringValueStarts(valid)) {
            for (byte[] bad : INVALID_UTF8) {
                byte[] body = splice(utf8(valid.substring(0, at)), bad, utf8(valid.substring(at)));
                RawHttp.Answer answer = server.send(endpoint.method(), endpoint.path().apply(server), body);

                String what = endpoint + " with " + hex(bad) + " at " + at;
                assertAnswered(answer, what);
                assertThat(answer.status()).as(what + " → " + answer).isEqualTo(400);
                assertThat(server.data()).as(what).isEqualTo(before);
            }
        }
    }

    /** A stray continuation byte, an overlong '.', a cut-off '€', an encoded surrogate, a byte past U+10FFFF. */
    private static final List<byte[]> INVALID_UTF8 = List.of(new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAE},
            new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80});

    /**
     * Where the first few string values begin (just past their opening quote): the import's are many alike. A body
     * with no string value (the snooze's {@code {"minutes":15}}) gets the bytes in its field names instead.
     */
    private static List<Integer> stringValueStarts(String json) {
        List<Integer> starts = STRING_VALUE.matcher(json).results().map(MatchResult::end).limit(4).toList();
        if (starts.isEmpty()) {
            starts = FIELD_NAME.matcher(json).results().map(MatchResult::end).limit(4).toList();
        }
        assertThat(starts).as("strings in " + json).isNotEmpty();
        return starts;
    }

    /** The quote that opens a field name: first in an object or after a comma. */
    private static final Pattern FIELD_NAME = Pattern.compile("[{,]\"");

    /** The quote that opens a string value: after a colon, or first in an array. */
    private static final Pattern STRING_VALUE = Pattern.compile("[:\\[]\"");

    /** Sends the body; checks the answer and, if refused, that the data is {@code before}; returns the data now. */
    private static JsonNode sendAndCheck(WriteEndpoints.Endpoint endpoint, HostileBodies.Body body, JsonNode before) {
        RawHttp.Answer answer = server.send(endpoint.method(), endpoint.path().apply(server), body.bytes());

        String what = endpoint + " with " + body.description();
        assertAnswered(answer, what);
        JsonNode after = server.data();
        if (answer.status() >= 400) {
            assertThat(after).as(what + " → " + answer).isEqualTo(before);
        }
        return after;
    }

    private static byte[] splice(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    private static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append(String.format("%02X ", b));
        }
        return hex.toString().strip();
    }
}
