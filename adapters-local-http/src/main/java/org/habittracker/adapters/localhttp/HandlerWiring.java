package org.habittracker.adapters.localhttp;

import java.util.Map;
import org.habittracker.adapters.lambda.ApiGatewayHandler;
import org.habittracker.adapters.lambda.config.HabitsRuntime;

/** The one place the local server meets the Lambda adapter: the very handler AWS runs, built from variables. */
final class HandlerWiring {
    private HandlerWiring() {
    }

    static ApiBackend fromEnvironment(Map<String, String> environment) {
        return fromEnvironment(environment, HabitsRuntime.Options.defaults());
    }

    /**
     * With the wiring's options: where the Web Push delivery comes in ({@link HabitsRuntime.Options#withPush}); the
     * defaults have none, and the scheduler then sends nothing.
     */
    static ApiBackend fromEnvironment(Map<String, String> environment, HabitsRuntime.Options options) {
        ApiGatewayHandler handler = ApiGatewayHandler.fromEnvironment(environment, options);
        return new ApiBackend(handler, handler, handler.reminderRound());
    }
}
