package org.habittracker.bench.coldstart;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import org.habittracker.adapters.lambda.ApiGatewayHandler;

/**
 * Before the runs: through the same handler, registers a user with a few habits and a month of
 * check-ins, and prints the session token for the runs to use.
 */
public final class ColdStartSetup {

    private ColdStartSetup() {
    }

    public static void main(String[] args) {
        try (ApiGatewayHandler handler = ApiGatewayHandler.fromEnvironment(System.getenv())) {
            String username = "cold" + UUID.randomUUID().toString().substring(0, 8);
            var registered = send(handler, "POST", "/api/auth/register", null,
                    "{\"username\":\"" + username + "\",\"password\":\"cold start bench\",\"timeZone\":\"UTC\"}");
            String cookie = registered.getCookies().getFirst();
            String token = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
            LocalDate today = LocalDate.now(ZoneId.of("UTC"));
            for (int h = 0; h < 5; h++) {
                var created = send(handler, "POST", "/api/habits", token, "{\"name\":\"Habit " + h
                        + "\",\"color\":\"#00897b\",\"schedule\":{\"type\":\"daily\"},\"startDate\":\"" + today.minusDays(40) + "\"}");
                String id = created.getBody().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
                for (int d = 30; d >= 0; d -= 1 + h % 2) {
                    send(handler, "PUT", "/api/habits/" + id + "/checkins/" + today.minusDays(d), token, "{\"status\":\"DONE\"}");
                }
            }
            System.out.println(token);
        }
        System.exit(0);
    }

    private static APIGatewayV2HTTPResponse send(ApiGatewayHandler handler, String method, String path, String token,
            String body) {
        var http = APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path)
                .withSourceIp("127.0.0.1").build();
        var event = new APIGatewayV2HTTPEvent();
        event.setRawPath(path);
        event.setHeaders(Map.of("host", "localhost", "origin", "http://localhost", "x-forwarded-proto", "http",
                "content-type", "application/json"));
        event.setCookies(token == null ? null : List.of("habits_session=" + token));
        event.setBody(body == null ? null : new String(body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        event.setRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withHttp(http).withStage("$default")
                .withRequestId("setup-" + UUID.randomUUID()).build());
        var response = handler.handleRequest(event, null);
        if (response.getStatusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.getStatusCode() + " "
                    + response.getBody());
        }
        return response;
    }
}
