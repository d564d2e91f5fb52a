package org.habittracker.adapters.lambda.health;

import java.util.List;
import java.util.Locale;

import org.habittracker.adapters.lambda.http.ApiUseCases;
import org.habittracker.adapters.lambda.http.HttpResponse;
import org.habittracker.adapters.lambda.http.HttpSettings;
import org.habittracker.adapters.lambda.http.PathTemplate;
import org.habittracker.adapters.lambda.http.RequestContext;
import org.habittracker.adapters.lambda.http.Route;
import org.habittracker.adapters.lambda.json.Json;
import org.habittracker.application.port.in.health.HealthReport;
import org.habittracker.application.port.out.ComponentHealth;

/** {@code GET /health}: 200 while the database answers (degraded without the cache), 503 when it does not. */
public final class HealthEndpoint {

    /** The body: statuses in lower case, as load balancers and people read them. */
    public record HealthJson(String status, Services services) {
        public record Services(Component database, Component cache) {
        }

        public record Component(String status, String message, long latencyMs) {
            static Component from(ComponentHealth health) {
                return new Component(health.status().name().toLowerCase(Locale.ROOT), health.message(),
                        health.latencyMs());
            }
        }
    }

    private final ApiUseCases useCases;

    public HealthEndpoint(ApiUseCases useCases) {
        this.useCases = useCases;
    }

    public List<Route> routes() {
        return List.of(new Route("GET", PathTemplate.of("/health"), Route.Access.PUBLIC, HttpSettings.BODY_LIMIT,
                this::health));
    }

    private HttpResponse health(RequestContext context) {
        HealthReport report = useCases.health().check();
        HealthJson body = new HealthJson(report.status().name().toLowerCase(Locale.ROOT),
                new HealthJson.Services(HealthJson.Component.from(report.database()),
                        HealthJson.Component.from(report.cache())));
        return HttpResponse.json(report.status() == HealthReport.Status.UNHEALTHY ? 503 : 200, Json.write(body));
    }
}
