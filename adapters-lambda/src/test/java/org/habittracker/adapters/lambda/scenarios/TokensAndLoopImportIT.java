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

@DisplayName("A script with a personal API token imports a Loop export, over real PostgreSQL and Redis")
class TokensAndLoopImportIT {

    @Test
    @DisplayName("token made with the session → zip imported with the token → board and history as in Loop → token revoked → 401")
    void scriptImportsLoopExport() {
        try (RealApi api = new RealApi()) {
            String session = api.register("loop" + System.nanoTime() % 1_000_000);
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
            JsonNode created = api.send(Events.request("POST", "/api/tokens").session(session)
                    .json("{\"name\":\"loop import\"}")).json();
            String token = created.get("token").asText();
            byte[] zip = LoopZip.export()
                    .habit("001,Meditate,YES_NO,Did you meditate?,,1,1,#FF8F00,,,,false", "001 Meditate",
                            today + ",YES_MANUAL,calm", today.minusDays(1) + ",SKIP,", today.minusDays(2) + ",NO,")
                    .habit("002,Water,NUMERICAL,,,3,7,#1976D2,glasses,AT_MOST,8.5,false", "002 Water",
                            today + ",2,", today.minusDays(1) + ",9250,")
                    .zip();

            ApiResponse imported = api.send(Events.request("POST", "/api/import").withoutHeader("origin")
                    .header("authorization", "Bearer " + token).binary("application/zip", zip));

            assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
            assertThat(imported.json().get("habits").asInt()).isEqualTo(2);
            assertThat(imported.json().get("checkIns").asInt()).isEqualTo(4);
            JsonNode board = api.send(Events.request("GET", "/api/habits").session(session)).json().get("habits");
            assertThat(board.findValuesAsText("name")).containsExactly("Meditate", "Water");
            assertThat(board.get(0).get("todayStatus").asText()).isEqualTo("DONE");
            assertThat(board.get(1).get("todayAmount").decimalValue()).isEqualByComparingTo("0.002");
            String water = board.get(1).get("id").asText();
            JsonNode history = api.send(Events.request("GET", "/api/habits/" + water + "/checkins?from="
                    + today.minusDays(7) + "&to=" + today).session(session)).json().get("checkins");
            assertThat(history.findValuesAsText("amount")).containsExactlyInAnyOrder("9.25", "0.002");
            assertThat(api.send(Events.request("GET", "/api/tokens").session(session)).json().get("tokens").get(0)
                    .get("lastUsedAt").isNull()).isFalse();

            assertThat(api.send(Events.request("DELETE", "/api/tokens/" + created.get("id").asText()).session(session))
                    .status()).isEqualTo(204);
            assertThat(api.send(Events.request("GET", "/api/habits").header("authorization", "Bearer " + token))
                    .status()).isEqualTo(401);
        }
    }
}
