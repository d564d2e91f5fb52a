package org.habittracker.adapters.localhttp;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

    /**
     * The bridge's own ceiling on a body, past the largest any route takes (the handler answers those with the
     * route's limit). Counted as the body is read, so a chunked body without a length stops here too.
     */
    static final int MAX_BODY_BYTES = 6 * 1024 * 1024;

    @Override
    public void handle(Context ctx) {
        Optional<byte[]> body;
        try {
            body = body(ctx.req());
        } catch (IOException unreadable) {
            // Jetty could not read the body the client announced: it ended before its Content-Length, or its chunks
            // are broken. The client's fault, so a 400; left to Javalin it is an empty text/plain 500.
            write(ctx, EdgeProblems.response(EdgeProblems.unreadableBody()));
            return;
        }
        write(ctx, body.isPresent() ? exchange(snapshot(ctx, body.get()))
                : EdgeProblems.response(EdgeProblems.forStatus(413)));
    }

    private static void write(Context ctx, HttpResponseSnapshot response) {
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

    private static HttpRequestSnapshot snapshot(Context ctx, byte[] body) {
        HttpServletRequest req = ctx.req();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(req.getHeaderNames())) {
            headers.put(name, new ArrayList<>(Collections.list(req.getHeaders(name))));
        }
        String query = req.getQueryString();
        return new HttpRequestSnapshot(req.getMethod(), req.getRequestURI(), query == null ? "" : query, headers,
                body, req.getRemoteAddr(), req.getProtocol(), req.getScheme());
    }

    /** The body, or empty when it is larger than {@link #MAX_BODY_BYTES} (said by its length, or found reading). */
    private static Optional<byte[]> body(HttpServletRequest req) throws IOException {
        // Most requests are GETs without a body; reading an empty stream still costs a buffer each time.
        if (req.getContentLengthLong() <= 0 && req.getHeader("Transfer-Encoding") == null) {
            return Optional.of(NO_BODY);
        }
        if (req.getContentLengthLong() > MAX_BODY_BYTES) {
            return Optional.empty();
        }
        byte[] body = req.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? Optional.empty() : Optional.of(body);
    }
}
