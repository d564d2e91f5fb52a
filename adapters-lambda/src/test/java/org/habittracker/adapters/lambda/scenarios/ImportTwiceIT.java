package org.habittracker.adapters.lambda.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import org.habittracker.adapters.lambda.support.ApiResponse;
import org.habittracker.adapters.lambda.support.Events;
import org.habittracker.adapters.lambda.support.LoopZip;
import org.habittracker.adapters.lambda.support.RealApi;

@DisplayName("The same file imported twice is recognised, over real PostgreSQL and Redis")
class ImportTwiceIT {

    private static String name(String prefix) {
        return prefix + System.nanoTime() % 1_000_000;
    }

    private static ApiResponse ok(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    @Test
    @DisplayName("our export: preview finds nothing here → copy → preview finds all here and the settings → skip adds nothing, keeps settings")
    void jsonExportTwice() {
        try (RealApi api = new RealApi()) {
            String ada = api.register(name("ada"));
            ok(api.send(Events.request("PATCH", "/api/me").session(ada).json("{\"weekStart\":\"SUNDAY\"}")));
            for (String habit : new String[] {"Run", "Read", "Stretch"}) {
                assertThat(api.send(Events.request("POST", "/api/habits").session(ada).json("{\"name\":\"" + habit
                        + "\",\"color\":\"#00897b\",\"schedule\":{\"type\":\"daily\"}}")).status()).isEqualTo(201);
            }
            String file = ok(api.send(Events.request("GET", "/api/export").session(ada))).body();
            String bob = api.register(name("bob"));

            JsonNode first = ok(api.send(Events.request("POST", "/api/import?preview=true").session(bob).json(file))).json();
            ok(api.send(Events.request("POST", "/api/import").session(bob).json(file)));
            JsonNode second = ok(api.send(Events.request("POST", "/api/import?preview=true").session(bob).json(file))).json();
            JsonNode skipped = ok(api.send(Events.request("POST", "/api/import?duplicates=skip").session(bob).json(file))).json();

            assertThat(first.get("alreadyHere").asInt()).isZero();
            assertThat(second.get("habitCount").asInt()).isEqualTo(3);
            assertThat(second.get("alreadyHere").asInt()).isEqualTo(3);
            assertThat(second.get("settings").findValuesAsText("name")).containsExactly("weekStart");
            assertThat(skipped.get("habits").asInt()).isZero();
            assertThat(skipped.get("skipped").asInt()).isEqualTo(3);
            assertThat(ok(api.send(Events.request("GET", "/api/habits").session(bob))).json().get("habits")).hasSize(3);
            assertThat(ok(api.send(Events.request("GET", "/api/me").session(bob))).json().get("weekStart").asText())
                    .isEqualTo("MONDAY");
        }
    }

    @Test
    @DisplayName("Loop's zip, with a measured 8.5 target stored and read back: the second import is all already here")
    void loopZipTwice() {
        try (RealApi api = new RealApi()) {
            String session = api.register(name("loop"));
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
            byte[] zip = LoopZip.export()
                    .habit("001,Meditate,YES_NO,,,1,1,#FF8F00,,,,false", "001 Meditate", today + ",YES_MANUAL,")
                    .habit("002,Water,NUMERICAL,,,3,7,#1976D2,glasses,AT_MOST,8.5,false", "002 Water",
                            today + ",2000,")
                    .zip();
            ok(api.send(Events.request("POST", "/api/import").session(session).binary("application/zip", zip)));

            JsonNode preview = ok(api.send(Events.request("POST", "/api/import?preview=true").session(session)
                    .binary("application/zip", zip))).json();
            JsonNode skipped = ok(api.send(Events.request("POST", "/api/import?duplicates=skip").session(session)
                    .binary("application/zip", zip))).json();

            assertThat(preview.get("alreadyHere").asInt()).isEqualTo(2);
            assertThat(preview.get("settings")).isEmpty();
            assertThat(skipped.get("habits").asInt()).isZero();
            assertThat(ok(api.send(Events.request("GET", "/api/habits").session(session))).json().get("habits"))
                    .hasSize(2);
        }
    }
}
