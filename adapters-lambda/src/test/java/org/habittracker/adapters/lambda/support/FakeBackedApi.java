package org.habittracker.adapters.lambda.support;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import jakarta.validation.Validator;

import org.habittracker.adapters.lambda.ApiGatewayHandler;
import org.habittracker.adapters.lambda.config.UseCaseWiring;
import org.habittracker.adapters.lambda.config.Validators;
import org.habittracker.adapters.lambda.endpoints.Endpoints;
import org.habittracker.adapters.lambda.http.HttpApi;
import org.habittracker.adapters.lambda.http.HttpSettings;
import org.habittracker.adapters.lambda.observability.CacheCounters;
import org.habittracker.adapters.lambda.observability.RequestLog;
import org.habittracker.application.service.ApplicationServices;
import org.habittracker.application.service.OutboundPorts;
import org.habittracker.application.testing.InMemoryPorts;

/**
 * The real handler and services over the application's in-memory ports: fast, and the same code path
 * as production from the event to the use case. Log lines are kept for tests to read.
 */
public final class FakeBackedApi implements Api {

    private final InMemoryPorts ports = new InMemoryPorts();
    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private final ApiGatewayHandler handler;

    public FakeBackedApi() {
        this(new HttpSettings(Set.of(), true));
    }

    public FakeBackedApi(HttpSettings settings) {
        OutboundPorts outbound = ports.outbound();
        Validator validator = Validators.create();
        ApplicationServices services = ApplicationServices.create(outbound, validator);
        HttpApi api = Endpoints.httpApi(UseCaseWiring.from(services, validator), settings, ports.clock());
        this.handler = new ApiGatewayHandler(api, new RequestLog(logLines::add, Clock.systemUTC(), "test"), CacheCounters.NONE);
    }

    public InMemoryPorts ports() {
        return ports;
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
}
