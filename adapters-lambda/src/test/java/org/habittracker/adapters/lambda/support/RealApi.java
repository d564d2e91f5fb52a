package org.habittracker.adapters.lambda.support;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import org.habittracker.adapters.lambda.ApiGatewayHandler;
import org.habittracker.adapters.lambda.config.HabitsRuntime;
import org.habittracker.adapters.lambda.observability.RequestLog;

/**
 * The handler as Lambda builds it, from environment variables, over real PostgreSQL (a schema of its own,
 * dropped on close) and Redis.
 */
public final class RealApi implements Api, AutoCloseable {

    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private final RealServices.Schema schema;
    private final ApiGatewayHandler handler;

    public RealApi() {
        this(Map.of());
    }

    /** With variables added or replaced (an empty value unsets one, as in the handler's reading). */
    public RealApi(Map<String, String> extraEnvironment) {
        this.schema = RealServices.freshSchema();
        Map<String, String> env = RealServices.environment(schema);
        env.put("HABITS_DB_POOL_SIZE", "2");
        env.putAll(extraEnvironment);
        this.handler = ApiGatewayHandler.fromEnvironment(env, HabitsRuntime.Options.defaults(),
                new RequestLog(logLines::add, Clock.systemUTC(), "test"));
    }

    public List<String> logLines() {
        return logLines;
    }

    @Override
    public ApiGatewayHandler handler() {
        return handler;
    }

    @Override
    public ApiResponse send(APIGatewayV2HTTPEvent event) {
        return new ApiResponse(handler.handleRequest(event, null));
    }

    @Override
    public void close() {
        try {
            handler.close();
        } finally {
            schema.close();
        }
    }
}
