package org.habittracker.adapters.lambda.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.habittracker.adapters.lambda.support.ApiResponse;
import org.habittracker.adapters.lambda.support.Events;
import org.habittracker.adapters.lambda.support.FakeBackedApi;
import org.habittracker.adapters.lambda.support.LoopZip;

@DisplayName("POST /api/import?preview=true, duplicates=skip|copy and settings=keep|replace")
class ImportPreviewTest {

    private final FakeBackedApi api = new FakeBackedApi();
    private String session;

    @BeforeEach
    void logIn() {
        session = api.register("ada"); // Europe/Berlin, day start 0, week start Monday
        habit("Run");
        habit("Read");
    }

    private void habit(String name) {
        ApiResponse created = api.send(Events.request("POST", "/api/habits").session(session)
                .json("{\"name\":\"" + name + "\",\"color\":\"#00897b\",\"schedule\":{\"type\":\"daily\"}}"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private String export() {
        return api.send(Events.request("GET", "/api/export").session(session)).body();
    }

    private ApiResponse importJson(String query, String file) {
        return api.send(Events.request("POST", "/api/import" + query).session(session).json(file));
    }

    private ApiResponse importZip(String query, byte[] zip) {
        return api.send(Events.request("POST", "/api/import" + query).session(session).binary("application/zip", zip));
    }

    private int habitCount() {
        return api.send(Events.request("GET", "/api/export").session(session)).json().get("habits").size();
    }

    private static byte[] loopRunAndStretch() {
        return LoopZip.export()
                .habit("001,Run,YES_NO,,,1,1,#FF8F00,,,,false", "001 Run", "2026-11-22,YES_MANUAL,")
                .habit("002,Stretch,YES_NO,,,1,1,#FF8F00,,,,false", "002 Stretch", "2026-11-21,YES_MANUAL,")
                .zip();
    }

    @Test
    @DisplayName("a preview of the user's own export finds every habit already here and writes nothing")
    void previewOfOwnExport() {
        ApiResponse preview = importJson("?preview=true", export());

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        JsonNode body = preview.json();
        assertThat(body.get("habitCount").asInt()).isEqualTo(2);
        assertThat(body.get("alreadyHere").asInt()).isEqualTo(2);
        assertThat(body.get("habits").findValuesAsText("name")).containsExactly("Run", "Read");
        assertThat(body.get("habits").get(0).has("alreadyHereAs")).isTrue();
        assertThat(body.get("settings")).isEmpty();
        assertThat(habitCount()).isEqualTo(2);
    }

    @Test
    @DisplayName("importing the same export twice with duplicates=skip adds nothing the second time")
    void skipSecondImport() {
        String file = export();
        importJson("", file);

        ApiResponse again = importJson("?duplicates=skip", file);

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("habits").asInt()).isZero();
        assertThat(again.json().get("skipped").asInt()).isEqualTo(2);
        assertThat(habitCount()).isEqualTo(4);
    }

    @Test
    @DisplayName("without duplicates the import copies every habit, as it always did")
    void copyIsTheDefault() {
        ApiResponse copied = importJson("", export());

        assertThat(copied.json().get("habits").asInt()).isEqualTo(2);
        assertThat(copied.json().get("skipped").asInt()).isZero();
        assertThat(habitCount()).isEqualTo(4);
    }

    @Test
    @DisplayName("a Loop zip is previewed the same way: Run is already here by its name, schedule and goal")
    void loopPreview() {
        ApiResponse preview = importZip("?preview=true", loopRunAndStretch());

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.json().get("habitCount").asInt()).isEqualTo(2);
        assertThat(preview.json().get("alreadyHere").asInt()).isEqualTo(1);
        assertThat(preview.json().get("habits").get(1).has("alreadyHereAs")).isFalse();
        assertThat(preview.json().get("settings")).isEmpty();
        ApiResponse skipped = importZip("?duplicates=skip", loopRunAndStretch());
        assertThat(skipped.json().get("habits").asInt()).isEqualTo(1);
        assertThat(skipped.json().get("skipped").asInt()).isEqualTo(1);
    }

    @Test
    @DisplayName("the preview names the settings the file would change; without settings=replace they stay")
    void settingsAreKeptUnlessReplaced() {
        String tokyo = export().replace("\"Europe/Berlin\"", "\"Asia/Tokyo\"").replace("\"MONDAY\"", "\"SUNDAY\"");

        JsonNode settings = importJson("?preview=true", tokyo).json().get("settings");
        importJson("?duplicates=skip", tokyo);
        String kept = api.send(Events.request("GET", "/api/me").session(session)).json().get("timeZone").asText();
        importJson("?duplicates=skip&settings=replace", tokyo);
        JsonNode replaced = api.send(Events.request("GET", "/api/me").session(session)).json();

        assertThat(settings.findValuesAsText("name")).containsExactly("timeZone", "weekStart");
        assertThat(settings.get(0).get("yours").asText()).isEqualTo("Europe/Berlin");
        assertThat(settings.get(0).get("file").asText()).isEqualTo("Asia/Tokyo");
        assertThat(kept).isEqualTo("Europe/Berlin");
        assertThat(replaced.get("timeZone").asText()).isEqualTo("Asia/Tokyo");
        assertThat(replaced.get("weekStart").asText()).isEqualTo("SUNDAY");
    }

    @Test
    @DisplayName("an unknown duplicates, settings or preview value is a 400 problem naming the parameter")
    void badOptionsAreNamed() {
        String file = export();

        for (String parameter : new String[] {"duplicates", "settings", "preview"}) {
            ApiResponse refused = importJson("?" + parameter + "=maybe", file);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).hasValue("application/problem+json");
            assertThat(refused.fieldErrors()).containsExactly(parameter);
        }
        assertThat(habitCount()).isEqualTo(2);
    }
}
