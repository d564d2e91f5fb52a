package org.habittracker.adapters.lambda;

import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

import org.habittracker.adapters.lambda.config.HabitsRuntime;

/**
 * Lambda SnapStart through the org.crac API. Before the snapshot: prime the code paths a first request
 * takes (routing, JSON, the JDBC driver, the health queries) by invoking the handler with synthetic
 * events, then drop every connection so no socket is frozen into the snapshot. After restore: Redis
 * reconnects in the background and the pool on its next query. Nothing made here is an id or a seed:
 * the synthetic requests write nothing.
 */
final class SnapStartHooks implements Resource {

    private final ApiGatewayHandler handler;
    private final HabitsRuntime runtime;

    SnapStartHooks(ApiGatewayHandler handler, HabitsRuntime runtime) {
        this.handler = handler;
        this.runtime = runtime;
    }

    static SnapStartHooks register(ApiGatewayHandler handler, HabitsRuntime runtime) {
        SnapStartHooks hooks = new SnapStartHooks(handler, runtime);
        Core.getGlobalContext().register(hooks);
        return hooks;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        handler.handleRequest(primingEvent("/health"), null);
        handler.handleRequest(primingEvent("/api/auth/check"), null);
        runtime.beforeCheckpoint();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        runtime.afterRestore();
    }

    static APIGatewayV2HTTPEvent primingEvent(String path) {
        var http = APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET").withPath(path)
                .withSourceIp("127.0.0.1").build();
        var context = APIGatewayV2HTTPEvent.RequestContext.builder().withHttp(http).withStage("$default")
                .withRequestId("snapstart-priming").build();
        var event = new APIGatewayV2HTTPEvent();
        event.setRawPath(path);
        event.setRawQueryString("");
        event.setHeaders(Map.of("host", "localhost"));
        event.setRequestContext(context);
        return event;
    }
}
