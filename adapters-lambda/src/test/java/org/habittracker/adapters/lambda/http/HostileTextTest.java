package org.habittracker.adapters.lambda.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.habittracker.adapters.lambda.support.ApiResponse;
import org.habittracker.adapters.lambda.support.Events;
import org.habittracker.adapters.lambda.support.FakeBackedApi;
import org.habittracker.adapters.lambda.support.LoopZip;

/**
 * Text no column can hold, through the handler: a NUL (PostgreSQL refuses it, which was a 500) and an unpaired
 * surrogate (stored as {@code ?}) are a 400 naming the field, and bodies that are not UTF-8 are a 400 rather than
 * stored with U+FFFD; nothing refused is written.
 */
@DisplayName("Text that cannot be stored is refused, naming where it is")
class HostileTextTest {

    private static final String HABIT = "{\"name\":\"Read\",\"description\":\"pages\",\"emoji\":\"📚\",\"color\":\"#00897b\","
            + "\"schedule\":{\"type\":\"daily\"},\"goal\":{\"type\":\"yesNo\"}}";

    private final FakeBackedApi api = new FakeBackedApi();
    private String session;

    @BeforeEach
    void logIn() {
        session = api.register("ada");
    }

    private ApiResponse send(String method, String path, String json) {
        return api.send(Events.request(method, path).session(session).json(json));
    }

    private int habits() {
        return api.send(Events.request("GET", "/api/export").session(session)).json().get("habits").size();
    }

    @ParameterizedTest(name = "{0} holding {1}")
    @CsvSource(delimiter = '|', value = {
            "name        | Re\\u0000ad", "description | pa\\u0000ges", "emoji       | \\u0000",
            "name        | \\ud800x", "description | x\\udc00", "emoji       | \\udcda\\ud83d"})
    @DisplayName("a habit's text with a NUL or an unpaired surrogate is a 400 naming the field; no habit is created")
    void habitText(String field, String escaped) {
        ApiResponse response = send("POST", "/api/habits", HABIT.replaceFirst("(\"" + field + "\":\")[^\"]*",
                "$1" + escaped.replace("\\", "\\\\")));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.fieldErrors()).containsExactly(field);
        assertThat(habits()).isZero();
    }

    @Test
    @DisplayName("a surrogate pair (an emoji written as \\ud83d\\udcda) is one character, and taken")
    void surrogatePair() {
        ApiResponse response = send("POST", "/api/habits", HABIT.replace("📚", "\\ud83d\\udcda"));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().get("emoji").asText()).isEqualTo("📚");
    }

    @Test
    @DisplayName("renaming a habit to text with a NUL is a 400 naming name; the name stays")
    void rename() {
        String id = api.createHabit(session, "Read");

        ApiResponse response = send("PATCH", "/api/habits/" + id, "{\"name\":\"Re\\u0000ad\"}");

        assertThat(response.fieldErrors()).containsExactly("name");
        assertThat(api.send(Events.request("GET", "/api/habits").session(session)).json().get("habits").get(0)
                .get("name").asText()).isEqualTo("Read");
    }

    @Test
    @DisplayName("a check-in's note with a NUL is a 400 naming note; no check-in is recorded")
    void note() {
        String id = api.createHabit(session, "Read");

        ApiResponse response = send("PUT", "/api/habits/" + id + "/checkins/2026-11-22",
                "{\"status\":\"DONE\",\"note\":\"\\u0000\"}");

        assertThat(response.fieldErrors()).containsExactly("note");
        assertThat(api.send(Events.request("GET", "/api/habits").session(session)).json().get("habits").get(0)
                .get("todayStatus").asText()).isNotEqualTo("DONE");
    }

    @Test
    @DisplayName("an API token's name with an unpaired surrogate is a 400 naming name; no token is made")
    void tokenName() {
        ApiResponse response = send("POST", "/api/tokens", "{\"name\":\"\\ud800\"}");

        assertThat(response.fieldErrors()).containsExactly("name");
        assertThat(api.send(Events.request("GET", "/api/tokens").session(session)).json().get("tokens")).isEmpty();
    }

    @Test
    @DisplayName("our JSON import with a NUL in a habit's name is a 400 naming habits[0].name; nothing is imported")
    void jsonImport() {
        api.createHabit(session, "Read");
        String export = api.send(Events.request("GET", "/api/export").session(session)).body();
        int before = habits();

        ApiResponse response = send("POST", "/api/import", export.replace("\"name\":\"Read\"", "\"name\":\"R\\u0000\""));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.fieldErrors()).containsExactly("habits[0].name");
        assertThat(habits()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "Med\\u0000itate | calm            | Habits.csv:2:Name",
            "Meditate        | calm\\u0000     | 001 Meditate/Checkmarks.csv:2:Notes"})
    @DisplayName("a Loop export with a NUL in a name or a note is a 400 naming the cell; nothing is imported")
    void loopImport(String name, String note, String cell) {
        byte[] zip = LoopZip.export()
                .habit("001," + unescape(name) + ",YES_NO,,,1,1,#FF8F00,,,,false", "001 Meditate",
                        "2026-11-22,YES_MANUAL," + unescape(note))
                .zip();

        ApiResponse response = api.send(Events.request("POST", "/api/import").session(session)
                .binary("application/zip", zip));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.fieldErrors()).containsExactly(cell);
        assertThat(habits()).isZero();
    }

    /** {@code \\u0000} as the character it names (the CSV is UTF-8, which has no unpaired surrogates). */
    private static String unescape(String text) {
        return Pattern.compile("\\\\u([0-9a-f]{4})").matcher(text)
                .replaceAll(m -> String.valueOf((char) Integer.parseInt(m.group(1), 16)));
    }

    @Test
    @DisplayName("a base64 JSON body that is not UTF-8 is a 400 malformed-json, not a name with U+FFFD")
    void base64BodyNotUtf8() {
        byte[] body = HABIT.getBytes(StandardCharsets.UTF_8);
        body[HABIT.indexOf("Read") + 1] = (byte) 0xFF;

        ApiResponse response = api.send(Events.request("POST", "/api/habits").session(session)
                .binary("application/json", body));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("type").asText()).isEqualTo("/problems/malformed-json");
        assertThat(habits()).isZero();
    }

    @Test
    @DisplayName("a JSON body with a surrogate encoded as UTF-8 bytes (ED A0 80), which Jackson takes, is a 400")
    void encodedSurrogate() {
        byte[] body = HABIT.replace("Read", "R\u0001\u0001\u0001").getBytes(StandardCharsets.UTF_8);
        int at = HABIT.indexOf("Read") + 1;
        body[at] = (byte) 0xED;
        body[at + 1] = (byte) 0xA0;
        body[at + 2] = (byte) 0x80;

        ApiResponse response = api.send(Events.request("POST", "/api/habits").session(session)
                .binary("application/json", body));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(habits()).isZero();
    }

    @Test
    @DisplayName("a text body with an unpaired surrogate, which has no UTF-8 form, is a 400, not stored as ?")
    void textBodyWithoutUtf8Form() {
        ApiResponse response = api.send(Events.request("POST", "/api/habits").session(session)
                .json(HABIT.replace("Read", "R\ud800d")));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("type").asText()).isEqualTo("/problems/malformed-json");
        assertThat(habits()).isZero();
    }
}
