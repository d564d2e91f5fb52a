package org.habittracker.adapters.localhttp;

import java.util.Map;
import org.habittracker.adapters.lambda.ApiGatewayHandler;

/** The one place the local server meets the Lambda adapter: the very handler AWS runs, built from variables. */
final class HandlerWiring {
    private HandlerWiring() {
    }

    static ApiBackend fromEnvironment(Map<String, String> environment) {
        ApiGatewayHandler handler = ApiGatewayHandler.fromEnvironment(environment);
        return new ApiBackend(handler, handler);
    }
}
