package org.habittracker.adapters.lambda.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.habittracker.adapters.lambda.http.Route;
import org.habittracker.adapters.lambda.support.ApiResponse;
import org.habittracker.adapters.lambda.support.Events;
import org.habittracker.adapters.lambda.support.FakeBackedApi;
import org.habittracker.adapters.lambda.support.LoopZip;

@DisplayName("docs/openapi.yaml describes the API as it answers")
class OpenApiContractTest {

    private static final OpenApiContract CONTRACT = new OpenApiContract();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final FakeBackedApi api = new FakeBackedApi();
    private final List<String> violations = new ArrayList<>();
    private final Set<String> answered = new LinkedHashSet<>();

    private ApiResponse send(Events.Builder request) {
        var event = request.build();
        ApiResponse response = api.send(event);
        String method = event.getRequestContext().getHttp().getMethod();
        String path = event.getRawPath();
        violations.addAll(CONTRACT.violations(method, path, response));
        CONTRACT.template(path).ifPresent(t -> {
            if (response.status() < 300 && !method.equals("HEAD")) {
                answered.add(method + " " + t);
            }
        });
        return response;
    }

    @Test
    @DisplayName("every route of the router is documented, and every documented operation is a route")
    void routesMatchSpec() {
        Set<String> routes = new LinkedHashSet<>();
        for (Route route : api.handler().api().router().routes()) {
            routes.add(route.method() + " " + route.path().template());
        }

        assertThat(routes).containsExactlyInAnyOrderElementsOf(CONTRACT.operations());
    }

    @Test
    @DisplayName("the checker itself rejects what the spec does not allow: a missing field, an extra one, a wrong type, an undocumented status")
    void checkerCanFail() {
        assertThat(CONTRACT.violations("GET", "/api/habits", fake(200, "application/json", "{\"today\":\"2026-11-22\"}")))
                .singleElement().asString().contains("habits");
        assertThat(CONTRACT.violations("GET", "/api/habits", fake(200, "application/json", "{\"habits\":[{\"name\":\"x\"}]}")))
                .isNotEmpty().allSatisfy(v -> assertThat(v).contains("required"));
        assertThat(CONTRACT.violations("GET", "/api/pauses", fake(200, "application/json", "{\"pauses\":[],\"extra\":1}")))
                .singleElement().asString().contains("extra");
        assertThat(CONTRACT.violations("GET", "/api/auth/check", fake(200, "application/json", "{\"authenticated\":\"yes\"}")))
                .isNotEmpty();
        assertThat(CONTRACT.violations("GET", "/api/habits", fake(418, "application/json", "{}")))
                .singleElement().asString().contains("not documented");
        assertThat(CONTRACT.violations("GET", "/api/habits", fake(200, "text/html", "<html>")))
                .singleElement().asString().contains("text/html");
        assertThat(CONTRACT.violations("POST", "/api/habits", fake(201, "application/json", "{}")))
                .anySatisfy(v -> assertThat(v).contains("Location"));
    }

    private static ApiResponse fake(int status, String contentType, String body) {
        var raw = new com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse();
        raw.setStatusCode(status);
        raw.setHeaders(java.util.Map.of("Content-Type", contentType, "X-Request-Id", "r"));
        raw.setBody(body);
        return new ApiResponse(raw);
    }

    @Test
    @DisplayName("real responses of every operation, successes and errors, conform to the spec")
    void responsesConform() {
        send(Events.request("GET", "/health"));
        send(Events.request("GET", "/api/auth/check"));
        send(Events.request("POST", "/api/auth/register").json("{}"));
        String register = "{\"username\":\"ada\",\"password\":\"correct horse battery\",\"timeZone\":\"Europe/Berlin\"}";
        String session = send(Events.request("POST", "/api/auth/register").json(register)).sessionToken().orElseThrow();
        send(Events.request("POST", "/api/auth/register").json(register));
        send(Events.request("POST", "/api/auth/login").json("{\"username\":\"ada\",\"password\":\"correct horse battery\"}"));
        send(Events.request("POST", "/api/auth/login").json("{\"username\":\"ada\",\"password\":\"wrong one!\"}"));
        send(Events.request("GET", "/api/auth/check").session(session));
        send(Events.request("GET", "/api/me").session(session));
        send(Events.request("GET", "/api/me"));
        send(Events.request("PATCH", "/api/me").session(session).json("{\"weekStart\":\"SUNDAY\"}"));
        send(Events.request("PATCH", "/api/me").session(session).json("{\"dayStartHour\":9}"));

        String read = send(Events.request("POST", "/api/habits").session(session).json("""
                {"name":"Read","description":"20 pages","color":"#00897b","emoji":"📚",
                 "schedule":{"type":"timesPerWindow","times":3,"days":7},
                 "goal":{"type":"measured","target":20,"unit":"pages","direction":"AT_LEAST"},
                 "startDate":"2026-11-01","commitmentDays":66}""")).json().get("id").asText();
        String walk = send(Events.request("POST", "/api/habits").session(session).json(
                "{\"name\":\"Walk\",\"color\":\"#123456\",\"schedule\":{\"type\":\"weekdays\",\"days\":[\"MONDAY\"]}}"))
                .json().get("id").asText();
        send(Events.request("POST", "/api/habits").session(session).json("{\"name\":\"x\"}"));
        send(Events.request("POST", "/api/habits").session(session).header("content-type", "text/plain").rawBody("x"));
        send(Events.request("POST", "/api/habits").session(session).json("{\"name\":\"" + "x".repeat(70_000) + "\"}"));
        send(Events.request("POST", "/api/habits").session(session).header("origin", "https://evil.example").json("{}"));
        for (int day = 9; day >= 0; day--) {
            send(Events.request("PUT", "/api/habits/" + read + "/checkins/" + TODAY.minusDays(day)).session(session)
                    .json("{\"status\":\"DONE\",\"amount\":" + (18 + day) + ",\"note\":\"n\"}"));
        }
        send(Events.request("PUT", "/api/habits/" + walk + "/checkins/" + TODAY).session(session).json("{\"status\":\"SKIPPED\"}"));
        send(Events.request("PUT", "/api/habits/" + walk + "/checkins/" + TODAY.plusDays(3)).session(session).json("{\"status\":\"DONE\"}"));
        send(Events.request("DELETE", "/api/habits/" + walk + "/checkins/" + TODAY).session(session));
        send(Events.request("GET", "/api/habits").session(session));
        send(Events.request("GET", "/api/habits/" + read).session(session));
        send(Events.request("GET", "/api/habits/00000000-0000-7000-8000-00000000ffff").session(session));
        send(Events.request("PATCH", "/api/habits/" + walk).session(session).json("{\"emoji\":null,\"commitmentDays\":10}"));
        send(Events.request("GET", "/api/habits/" + read + "/checkins?from=2026-11-01&to=2026-11-22").session(session));
        send(Events.request("GET", "/api/habits/" + read + "/checkins?from=2026-11-01").session(session));
        send(Events.request("GET", "/api/habits/" + read + "/stats").session(session));
        send(Events.request("PUT", "/api/habits/order").session(session).json("{\"order\":[\"" + walk + "\",\"" + read + "\"]}"));
        send(Events.request("POST", "/api/habits/" + walk + "/archive").session(session));
        send(Events.request("GET", "/api/habits?archived=true").session(session));
        send(Events.request("GET", "/api/habits?archived=maybe").session(session));
        send(Events.request("PUT", "/api/habits/order").session(session).json("{\"order\":[\"" + read + "\"]}"));
        send(Events.request("POST", "/api/habits/" + walk + "/unarchive").session(session));
        String pause = send(Events.request("POST", "/api/pauses").session(session)
                .json("{\"habitId\":\"" + read + "\",\"from\":\"2026-11-01\",\"to\":\"2026-11-03\"}")).json().get("id").asText();
        send(Events.request("POST", "/api/pauses").session(session).json("{\"from\":\"2026-12-24\",\"to\":\"2026-12-26\"}"));
        send(Events.request("GET", "/api/pauses").session(session));
        send(Events.request("DELETE", "/api/pauses/" + pause).session(session));
        String reminder = "/api/habits/" + read + "/reminder";
        send(Events.request("GET", reminder).session(session));
        send(Events.request("PUT", reminder).session(session).json("{\"time\":\"07:45\",\"days\":[\"MONDAY\",\"FRIDAY\"]}"));
        send(Events.request("PUT", reminder).session(session).json("{\"time\":\"7:45\",\"days\":[]}"));
        send(Events.request("GET", reminder).session(session));
        send(Events.request("POST", reminder + "/snooze").session(session).json("{}"));
        send(Events.request("POST", reminder + "/snooze").session(session).json("{\"minutes\":0}"));
        send(Events.request("GET", "/api/push/public-key").session(session));
        String subscription = "{\"endpoint\":\"https://push.example.net/x\",\"expirationTime\":null,\"keys\":"
                + "{\"p256dh\":\"BAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\","
                + "\"auth\":\"AAAAAAAAAAAAAAAAAAAAAA\"}}";
        String subscriptionId = send(Events.request("POST", "/api/push/subscriptions").session(session)
                .json(subscription)).json().get("id").asText();
        send(Events.request("POST", "/api/push/subscriptions").session(session).json(subscription));
        send(Events.request("POST", "/api/push/subscriptions").session(session).json("{\"endpoint\":\"http://x\"}"));
        send(Events.request("GET", "/api/push/subscriptions").session(session));
        send(Events.request("DELETE", "/api/push/subscriptions/" + subscriptionId).session(session));
        send(Events.request("DELETE", "/api/push/subscriptions/" + subscriptionId).session(session));
        String tokenId = send(Events.request("POST", "/api/tokens").session(session).json("{\"name\":\"script\"}"))
                .json().get("id").asText();
        String secret = send(Events.request("POST", "/api/tokens").session(session).json("{\"name\":\"backup\"}"))
                .json().get("token").asText();
        send(Events.request("GET", "/api/habits").withoutHeader("origin").header("authorization", "Bearer " + secret));
        send(Events.request("GET", "/api/tokens").session(session));
        send(Events.request("GET", "/api/tokens").header("authorization", "Bearer " + secret));
        send(Events.request("POST", "/api/tokens").session(session).json("{\"name\":\"\",\"extra\":1}"));
        send(Events.request("POST", "/api/tokens").json("{\"name\":\"x\"}"));
        for (int i = 0; i < 19; i++) {
            send(Events.request("POST", "/api/tokens").session(session).json("{\"name\":\"t" + i + "\"}"));
        }
        send(Events.request("DELETE", "/api/tokens/" + tokenId).session(session));
        send(Events.request("DELETE", "/api/tokens/" + tokenId).session(session));
        send(Events.request("DELETE", "/api/tokens/" + tokenId).header("authorization", "Bearer " + secret));
        String export = send(Events.request("GET", "/api/export").session(session)).body();
        send(Events.request("DELETE", "/api/habits/" + read + "/reminder").session(session));
        send(Events.request("DELETE", "/api/habits/" + walk).session(session));
        send(Events.request("POST", "/api/import?preview=true").session(session).json(export));
        send(Events.request("POST", "/api/import").session(session).json(export));
        send(Events.request("POST", "/api/import?duplicates=skip&settings=replace").session(session).json(export));
        send(Events.request("POST", "/api/import?duplicates=maybe").session(session).json(export));
        send(Events.request("POST", "/api/import").session(session).json("{\"formatVersion\":99}"));
        byte[] loop = LoopZip.export().habit("001,Meditate,YES_NO,Did you?,,1,1,#FF8F00,,,,false", "001 Meditate",
                "2026-11-22,YES_MANUAL,", "2026-11-21,SKIP,").zip();
        send(Events.request("POST", "/api/import").session(session).binary("application/zip", loop));
        send(Events.request("POST", "/api/import?preview=true").session(session).binary("application/zip", loop));
        send(Events.request("POST", "/api/import").session(session).binary("application/zip",
                LoopZip.export().habitWithoutFolder("001,Meditate,YES_NO,,,1,1,red,,,,false").zip()));
        send(Events.request("POST", "/api/import").session(session).binary("text/csv", new byte[] {1}));
        send(Events.request("GET", "/api/nothing-here"));
        send(Events.request("DELETE", "/api/habits"));
        send(Events.request("HEAD", "/health"));
        for (int i = 0; i < 12; i++) {
            send(Events.request("POST", "/api/auth/login").json("{\"username\":\"ada\",\"password\":\"wrong again\"}"));
        }
        send(Events.request("DELETE", "/api/me").session(session).json("{\"password\":\"not it!\"}"));
        send(Events.request("POST", "/api/auth/logout").session(session));
        String other = send(Events.request("POST", "/api/auth/register").json(register.replace("ada", "grace")))
                .sessionToken().orElseThrow();
        send(Events.request("DELETE", "/api/me").session(other).json("{\"password\":\"correct horse battery\"}"));

        assertThat(violations).isEmpty();
        assertThat(answered).as("operations exercised with a success")
                .containsExactlyInAnyOrderElementsOf(CONTRACT.operations());
    }
}
