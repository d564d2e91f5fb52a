package org.habittracker.adapters.localhttp;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;

/** The API the server fronts: the Lambda handler, and what to close when the server stops. */
record ApiBackend(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler, AutoCloseable resources) {

    /** Builds the backend from the handler's configuration (environment variables by name). */
    @FunctionalInterface
    interface Factory {
        ApiBackend create(Map<String, String> environment);
    }
}
