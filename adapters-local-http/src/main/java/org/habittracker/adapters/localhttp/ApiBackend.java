package org.habittracker.adapters.localhttp;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.habittracker.application.port.in.reminder.SendSummary;

/**
 * The API the server fronts: the Lambda handler, what to close when the server stops, and the reminder
 * scheduler's round when the backend has one (a handler over fakes has none).
 */
record ApiBackend(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler, AutoCloseable resources,
        Optional<Supplier<SendSummary>> reminderRound) {

    ApiBackend(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler, AutoCloseable resources) {
        this(handler, resources, Optional.empty());
    }

    /** Builds the backend from the handler's configuration (environment variables by name). */
    @FunctionalInterface
    interface Factory {
        ApiBackend create(Map<String, String> environment);
    }
}
