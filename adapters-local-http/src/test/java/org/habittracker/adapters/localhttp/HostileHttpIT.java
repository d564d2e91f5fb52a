package org.habittracker.adapters.localhttp;

import org.habittracker.adapters.lambda.fuzz.WriteEndpoints;
import static org.assertj.core.api.Assertions.assertThat;
import static org.habittracker.adapters.localhttp.FuzzedServer.assertAnswered;
import static org.habittracker.adapters.localhttp.FuzzedServer.nextClient;
import static org.habittracker.adapters.localhttp.FuzzedServer.read;
import static org.habittracker.adapters.localhttp.FuzzedServer.utf8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.habittracker.adapters.lambda.fuzz.HostileBodies;
import org.habittracker.adapters.lambda.http.HttpSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13's fuzz suite, the part only a real server sees: a {@code Content-Length} that lies, chunked bodies, bodies
 * just under and over each limit, odd methods on the write paths, numbers and nesting past any parser's patience,
 * and odd time zones where a user chooses one. Whatever arrives, the answer is never a 5xx; a refusal is a problem
 * document with a request id and leaves the user's data as it was; and the server answers afterwards.
 */
@DisplayName("Hostile HTTP to the local server: never a 5xx, refusals are problems and change nothing")
class HostileHttpIT {
    private static final List<String> WRITE_PATHS = List.of("/api/auth/register", "/api/auth/login", "/api/me",
            "/api/habits", "/api/habits/{habit}", "/api/habits/order", "/api/habits/{habit}/checkins/2026-11-20",
            "/api/pauses", "/api/tokens", "/api/import");

    private static FuzzedServer server;

    @BeforeAll
    static void start() {
        server = FuzzedServer.start("hostile");
    }

    @AfterEach
    void serverStillAnswers() {
        server.assertStillAnswers();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static RawHttp.Answer post(String path, String headers, byte[] body) {
        return server.send(nextClient(), "POST " + path + " HTTP/1.1\r\nContent-Type: application/json\r\n" + headers,
                body);
    }

    /** A refusal: a 4xx problem with a request id, and the data as it was. */
    private static void assertRefused(RawHttp.Answer answer, JsonNode before, String what) {
        assertAnswered(answer, what);
        assertThat(answer.status()).as(what + " → " + answer).isBetween(400, 499);
        assertThat(server.data()).as(what).isEqualTo(before);
    }

    @Test
    @DisplayName("a Content-Length longer than the body, the client then silent, is a 4xx and stores nothing")
    void contentLengthLongerThanTheBody() {
        JsonNode before = server.data();
        byte[] body = utf8(WriteEndpoints.HABIT);

        RawHttp.Answer answer = server.send(nextClient().stoppingAfterBody(), "POST /api/habits HTTP/1.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + (body.length + 100) + "\r\n", body);

        assertRefused(answer, before, "a body 100 bytes short of its length");
        assertThat(read(answer.body()).path("detail").asText()).contains("ended before the length it announced");
    }

    @Test
    @DisplayName("a Content-Length shorter than the body: the cut-off JSON is a 400, and the rest is no second request")
    void contentLengthShorterThanTheBody() {
        JsonNode before = server.data();
        byte[] habit = utf8(WriteEndpoints.HABIT);
        byte[] smuggled = utf8("POST /api/habits HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + habit.length + "\r\n\r\n" + WriteEndpoints.HABIT);

        RawHttp.Answer answer = post("/api/habits", "Content-Length: " + habit.length / 2 + "\r\n",
                concat(Arrays.copyOf(habit, habit.length / 2), smuggled));

        assertRefused(answer, before, "half a body, then a request");
        assertThat(answer.status()).isEqualTo(400);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Content-Length: many", "Content-Length: -1", "Content-Length: 5\r\nContent-Length: 6",
            "Content-Length: 99999999999999999999", "Content-Length: 0x10", "Content-Length: 5\r\nTransfer-Encoding: chunked",
            "Transfer-Encoding: gzip", "Transfer-Encoding: chunked, chunked"})
    @DisplayName("a length or transfer coding that cannot be read is a 4xx problem, and nothing is stored")
    void unreadableLengths(String headers) {
        JsonNode before = server.data();

        RawHttp.Answer answer = server.send(nextClient().stoppingAfterBody(), "POST /api/habits HTTP/1.1\r\n"
                + "Content-Type: application/json\r\n" + headers + "\r\n", utf8("{\"name\":\"x\"}"));

        assertRefused(answer, before, headers.replace("\r\n", " | "));
    }

    @ParameterizedTest(name = "chunks of {0} bytes")
    @ValueSource(ints = {1, 7, 4096})
    @DisplayName("a valid habit in chunks of any size is created like one with a length")
    void chunkedHabit(int chunkSize) {
        int before = habitCount();

        RawHttp.Answer answer = post("/api/habits", "Transfer-Encoding: chunked\r\n",
                chunked(utf8(WriteEndpoints.HABIT), chunkSize));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(habitCount()).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("every hostile whole body, chunked, to every write path: answered, and refusals store nothing")
    void chunkedHostileBodies() {
        for (String path : WRITE_PATHS) {
            for (HostileBodies.Body body : HostileBodies.wholeBodies()) {
                JsonNode before = server.data();
                String method = path.equals("/api/me") ? "PATCH" : path.startsWith("/api/habits/") ? "PUT" : "POST";

                RawHttp.Answer answer = server.send(nextClient(), method + " " + path(path) + " HTTP/1.1\r\n"
                        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n", chunked(body.bytes(), 997));

                String what = method + " " + path + " with " + body.description() + ", chunked";
                assertAnswered(answer, what);
                if (answer.status() >= 400) {
                    assertThat(server.data()).as(what).isEqualTo(before);
                }
            }
        }
    }

    static Stream<Arguments> brokenChunks() {
        String habit = WriteEndpoints.HABIT;
        int size = utf8(habit).length;
        return Stream.of(
                Arguments.of("a chunk size that is not hex", "zz\r\n" + habit + "\r\n0\r\n\r\n"),
                Arguments.of("a negative chunk size", "-5\r\n" + habit + "\r\n0\r\n\r\n"),
                Arguments.of("a chunk size past any integer", "fffffffffffffffffff\r\n" + habit + "\r\n0\r\n\r\n"),
                Arguments.of("a chunk longer than what follows", Integer.toHexString(size + 50) + "\r\n" + habit),
                Arguments.of("no last chunk", Integer.toHexString(size) + "\r\n" + habit + "\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenChunks")
    @DisplayName("broken chunked framing, the client then silent, is a 4xx problem, and nothing is stored")
    void brokenChunkedFraming(String name, String chunkedBody) {
        JsonNode before = server.data();

        RawHttp.Answer answer = server.send(nextClient().stoppingAfterBody(), "POST /api/habits HTTP/1.1\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n", utf8(chunkedBody));

        assertRefused(answer, before, name);
        assertThat(answer.status()).isEqualTo(400);
    }

    static Stream<Arguments> limits() {
        return Stream.of(
                Arguments.of("/api/habits", HttpSettings.BODY_LIMIT, 201),
                Arguments.of("/api/habits", HttpSettings.BODY_LIMIT + 1, 413),
                Arguments.of("/api/import", HttpSettings.IMPORT_BODY_LIMIT, 200),
                Arguments.of("/api/import", HttpSettings.IMPORT_BODY_LIMIT + 1, 413),
                Arguments.of("/api/import", LambdaBridge.MAX_BODY_BYTES, 413),
                Arguments.of("/api/import", LambdaBridge.MAX_BODY_BYTES + 1, 413));
    }

    @ParameterizedTest(name = "{0}: {1} bytes → {2}")
    @MethodSource("limits")
    @DisplayName("a valid body padded to just under or over a limit, with a length, is taken or a 413 storing nothing")
    void limitsWithALength(String path, int size, int expected) {
        JsonNode before = server.data();

        RawHttp.Answer answer = post(path, "Content-Length: " + size + "\r\n", padded(validBody(path), size));

        assertAtTheLimit(answer, before, path + " with " + size + " bytes", expected);
    }

    @ParameterizedTest(name = "{0}: {1} bytes → {2}")
    @MethodSource("limits")
    @DisplayName("a valid body padded to just under or over a limit, chunked, is taken or a 413 storing nothing")
    void limitsChunked(String path, int size, int expected) {
        JsonNode before = server.data();

        RawHttp.Answer answer = post(path, "Transfer-Encoding: chunked\r\n",
                chunked(padded(validBody(path), size), 64 * 1024));

        assertAtTheLimit(answer, before, path + " with " + size + " bytes, chunked", expected);
    }

    private static void assertAtTheLimit(RawHttp.Answer answer, JsonNode before, String what, int expected) {
        assertAnswered(answer, what);
        assertThat(answer.status()).as(what + " → " + answer).isEqualTo(expected);
        if (expected == 413) {
            assertThat(server.data()).as(what).isEqualTo(before);
        }
    }

    private static String validBody(String path) {
        if (path.equals("/api/habits")) {
            return WriteEndpoints.HABIT;
        }
        ObjectNode export = (ObjectNode) server.data().get("export");
        ((ObjectNode) export.get("habits").get(0)).put("id", "0190a000-0000-7000-8000-000000000002");
        return export.toString();
    }

    /** The JSON followed by spaces up to {@code size} bytes: the parser reads past them, the limit counts them. */
    private static byte[] padded(String json, int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) ' ');
        byte[] text = utf8(json);
        System.arraycopy(text, 0, body, 0, text.length);
        return body;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"TRACE", "BREW", "PROPFIND", "post", "OPTIONS", "HEAD", "GET", "CONNECT", "PATCH",
            "M-SEARCH", "A-MADE-UP-METHOD-LONGER-THAN-ANY-REAL-ONE"})
    @DisplayName("an odd method on any write path is answered, a refusal a problem (405 with Allow), and changes nothing")
    void oddMethods(String method) {
        for (String path : WRITE_PATHS) {
            JsonNode before = server.data();
            byte[] body = utf8("{\"name\":\"Odd\"}");

            RawHttp.Answer answer = server.send(nextClient(), method + " " + path(path) + " HTTP/1.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n", body);

            String what = method + " " + path;
            assertAnswered(answer, what);
            if (answer.status() == 405) {
                assertThat(answer.header("allow")).as(what + " → " + answer).isPresent();
            }
            if (answer.status() >= 400) {
                assertThat(server.data()).as(what).isEqualTo(before);
            }
        }
    }

    static Stream<Arguments> numbersAndNesting() {
        String digits = "9".repeat(30_000); // a number, or two, well under the 64 KiB a route takes
        return Stream.of(
                Arguments.of("PATCH", "/api/me", "{\"dayStartHour\":" + digits + "}"),
                Arguments.of("PATCH", "/api/me", "{\"dayStartHour\":-" + digits + "." + digits + "}"),
                Arguments.of("PUT", "/api/habits/{habit}/checkins/2026-11-20", "{\"status\":\"DONE\",\"amount\":1e999999999}"),
                Arguments.of("PUT", "/api/habits/{habit}/checkins/2026-11-20", "{\"status\":\"DONE\",\"amount\":-1e-999999999}"),
                Arguments.of("PUT", "/api/habits/{habit}/checkins/2026-11-20", "{\"status\":\"DONE\",\"amount\":" + digits + "}"),
                Arguments.of("POST", "/api/habits", WriteEndpoints.HABIT.replace("\"commitmentDays\":30",
                        "\"commitmentDays\":1" + "0".repeat(30_000))),
                Arguments.of("POST", "/api/import", "{\"formatVersion\":1,\"habits\":" + "[".repeat(1_000_000)),
                Arguments.of("POST", "/api/import", "{\"formatVersion\":1,\"habits\":" + "[".repeat(100_000)
                        + "]".repeat(100_000) + "}"),
                Arguments.of("POST", "/api/import", "{\"formatVersion\":1,\"habits\":[" + "{\"a\":".repeat(100_000) + "1"
                        + "}".repeat(100_000) + "]}"),
                Arguments.of("POST", "/api/import", "{\"formatVersion\":" + "1".repeat(2_000_000) + "}"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("numbersAndNesting")
    @DisplayName("numbers and nesting past any parser's patience, where the parser sees them, are a 4xx storing nothing")
    void hugeNumbersAndDeepNesting(String method, String path, String body) {
        JsonNode before = server.data();

        RawHttp.Answer answer = server.send(method, path(path), utf8(body));

        assertRefused(answer, before, method + " " + path + " with " + body.length() + " characters");
    }

    private static final List<String> ODD_ZONES = List.of("Etc/GMT+12", "Etc/GMT-14", "Pacific/Kiritimati",
            "Pacific/Chatham", "Asia/Kathmandu", "America/St_Johns", "Antarctica/Troll", "Africa/Casablanca",
            "America/Argentina/ComodRivadavia", "+14:00", "-12:00", "+18:00", "-18:00", "+18:01", "UTC+25:00",
            "GMT+14", "Z", "UTC", "utc", "europe/berlin", "EST", "SystemV/EST5", "GMT0", "ROK", "Etc/Unknown",
            "Europe/../../etc/passwd", "", " Europe/Berlin", "Europe/Berlin\\u0000", "Europe/Berlin\\ud800",
            "x".repeat(300), "US/Pacific-New");

    @Test
    @DisplayName("an odd time zone in PATCH /api/me is taken (and the habits still answer) or a 400 naming timeZone")
    void oddZonesInSettings() {
        for (String zone : ODD_ZONES) {
            JsonNode before = server.data();

            RawHttp.Answer answer = server.send("PATCH", "/api/me", utf8("{\"timeZone\":\"" + zone + "\"}"));

            assertZoneTakenOrRefused(answer, before, zone);
            if (answer.status() == 200) {
                assertThat(server.data().at("/export/settings/timeZone").asText()).as(zone).isNotEmpty();
                assertThat(server.send(nextClient(), "GET " + server.habitPath() + "/stats HTTP/1.1\r\n", new byte[0])
                        .status()).as("stats in " + zone).isEqualTo(200);
            }
        }
    }

    @Test
    @DisplayName("an odd time zone at registration is taken (and the new user's habits answer) or a 400 naming timeZone")
    void oddZonesAtRegistration() {
        int n = 0;
        for (String zone : ODD_ZONES) {
            JsonNode before = server.data();

            RawHttp.Answer answer = server.send("POST", "/api/auth/register", utf8("{\"username\":\"zone" + n++
                    + "\",\"password\":\"correct horse battery\",\"timeZone\":\"" + zone + "\"}"));

            assertZoneTakenOrRefused(answer, before, zone);
            if (answer.status() == 201) {
                String session = answer.header("set-cookie").orElseThrow().split(";", 2)[0];
                RawHttp.Answer habits = RawHttp.send(nextClient(), server.port(),
                        "GET /api/habits HTTP/1.1\r\nCookie: " + session + "\r\n", new byte[0]);
                assertThat(habits.status()).as("habits in " + zone + " → " + habits).isEqualTo(200);
            }
        }
    }

    private static void assertZoneTakenOrRefused(RawHttp.Answer answer, JsonNode before, String zone) {
        String what = "time zone \"" + zone + "\"";
        assertAnswered(answer, what);
        if (answer.status() >= 400) {
            assertThat(answer.status()).as(what + " → " + answer).isEqualTo(400);
            assertThat(read(answer.body()).path("errors").findValuesAsText("field")).as(what + " → " + answer)
                    .contains("timeZone");
            assertThat(server.data()).as(what).isEqualTo(before);
        }
    }

    private static String path(String template) {
        return template.replace("{habit}", server.habitId());
    }

    private static int habitCount() {
        return server.data().at("/export/habits").size();
    }

    /** The body in chunks of {@code size} bytes, then the last, empty chunk. */
    private static byte[] chunked(byte[] body, int size) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += size) {
            int length = Math.min(size, body.length - at);
            all.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            all.write(body, at, length);
            all.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        all.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return all.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
