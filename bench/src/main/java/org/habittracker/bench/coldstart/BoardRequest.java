package org.habittracker.bench.coldstart;

import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

/** The event API Gateway sends for {@code GET /api/habits} with a session cookie. */
final class BoardRequest {

    private BoardRequest() {
    }

    static APIGatewayV2HTTPEvent event(String sessionToken) {
        var http = APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET").withPath("/api/habits")
                .withProtocol("HTTP/1.1").withSourceIp("203.0.113.7").withUserAgent("coldstart").build();
        var context = APIGatewayV2HTTPEvent.RequestContext.builder().withHttp(http).withStage("$default")
                .withRequestId("coldstart-1").withRouteKey("$default").build();
        var event = new APIGatewayV2HTTPEvent();
        event.setVersion("2.0");
        event.setRouteKey("$default");
        event.setRawPath("/api/habits");
        event.setRawQueryString("");
        event.setHeaders(Map.of("host", "habits.example.com", "accept", "application/json"));
        event.setCookies(List.of("habits_session=" + sessionToken));
        event.setRequestContext(context);
        return event;
    }
}
