package org.habittracker.adapters.lambda;

import java.util.Optional;
import java.util.UUID;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import org.habittracker.adapters.lambda.http.HttpApi;
import org.habittracker.adapters.lambda.http.HttpRequest;
import org.habittracker.adapters.lambda.http.Problem;
import org.habittracker.adapters.lambda.observability.CacheCounters;
import org.habittracker.adapters.lambda.observability.RequestLog;

/**
 * The API as an AWS Lambda function behind an API Gateway HTTP API (payload v2). Lambda builds one
 * instance per container with the no-argument constructor, which wires everything from the environment
 * once; each invocation then only translates the event, runs the {@link HttpApi} and logs one line.
 * The local server builds the same handler with {@link #fromEnvironment} and calls {@link #handleRequest}
 * with events it makes from its own requests.
 */
public final class ApiGatewayHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final HttpApi api;
    private final RequestLog log;
    private final CacheCounters cacheCounters;

    /** For tests and for wiring done elsewhere: an API built already, logging where the caller says. */
    public ApiGatewayHandler(HttpApi api, RequestLog log, CacheCounters cacheCounters) {
        this.api = api;
        this.log = log;
        this.cacheCounters = cacheCounters;
    }

    public HttpApi api() {
        return api;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        long start = System.nanoTime();
        CacheCounters.Snapshot before = cacheCounters.snapshot();
        HttpRequest request;
        try {
            request = ApiGatewayEvents.toRequest(event == null ? new APIGatewayV2HTTPEvent() : event);
        } catch (ApiGatewayEvents.UnreadableBody e) {
            String requestId = Optional.ofNullable(event.getRequestContext()).map(c -> c.getRequestId())
                    .orElseGet(() -> UUID.randomUUID().toString());
            var response = HttpApi.problem(Problem.malformedJson("The body is flagged base64 but is not."), requestId);
            log.record(new RequestLog.Entry(requestId, "?", "unmatched", response.status(), elapsedMs(start),
                    Optional.empty(), CacheCounters.NONE.snapshot(), Optional.empty()));
            return ApiGatewayEvents.toResponse(response);
        }
        HttpApi.Exchange exchange = api.handle(request);
        log.record(new RequestLog.Entry(request.requestId(), request.method(), exchange.route(),
                exchange.response().status(), elapsedMs(start), exchange.userId(),
                cacheCounters.snapshot().minus(before), exchange.failure()));
        return ApiGatewayEvents.toResponse(exchange.response());
    }

    private static long elapsedMs(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
