package org.habittracker.adapters.localhttp;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Feeds a Javalin request to the Lambda handler as an API Gateway v2 event and writes its response back.
 * No route is implemented here: every {@code /api/*} and {@code /health} answer is the handler's.
 */
final class LambdaBridge implements Handler {
    private static final byte[] NO_BODY = new byte[0];

    private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler;
    private final Clock clock;

    LambdaBridge(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler, Clock clock) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void handle(Context ctx) {
        HttpResponseSnapshot response = exchange(snapshot(ctx));
        ctx.status(response.status());
        // Javalin would label every answer text/plain; an answer without a type (a 204) must stay without one.
        ctx.res().setContentType(null);
        response.headers().forEach((name, values) -> values.forEach(value -> ctx.res().addHeader(name, value)));
        if (response.body().length > 0) {
            ctx.result(response.body());
        }
    }

    /** The whole round trip without a server, so tests can compare it with calling the handler directly. */
    HttpResponseSnapshot exchange(HttpRequestSnapshot request) {
        String requestId = UUID.randomUUID().toString();
        APIGatewayV2HTTPEvent event = ApiGatewayEvents.toEvent(request, requestId, clock.instant());
        return HttpResponseSnapshot.from(handler.handleRequest(event, new LocalLambdaContext(requestId)));
    }

    private static HttpRequestSnapshot snapshot(Context ctx) {
        HttpServletRequest req = ctx.req();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(req.getHeaderNames())) {
            headers.put(name, new ArrayList<>(Collections.list(req.getHeaders(name))));
        }
        String query = req.getQueryString();
        return new HttpRequestSnapshot(req.getMethod(), req.getRequestURI(), query == null ? "" : query, headers,
                hasBody(req) ? ctx.bodyAsBytes() : NO_BODY, req.getRemoteAddr(), req.getProtocol());
    }

    /** Most requests are GETs without a body; reading an empty stream still costs a buffer each time. */
    private static boolean hasBody(HttpServletRequest req) {
        return req.getContentLengthLong() > 0 || req.getHeader("Transfer-Encoding") != null;
    }
}
