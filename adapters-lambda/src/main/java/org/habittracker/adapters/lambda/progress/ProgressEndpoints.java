package org.habittracker.adapters.lambda.progress;

import java.util.List;

import org.habittracker.adapters.lambda.http.ApiUseCases;
import org.habittracker.adapters.lambda.http.HttpResponse;
import org.habittracker.adapters.lambda.http.HttpSettings;
import org.habittracker.adapters.lambda.http.PathTemplate;
import org.habittracker.adapters.lambda.http.RequestContext;
import org.habittracker.adapters.lambda.http.Responses;
import org.habittracker.adapters.lambda.http.Route;
import org.habittracker.domain.user.UserId;

/** A habit's statistics and milestones. */
public final class ProgressEndpoints {

    private final ApiUseCases useCases;

    public ProgressEndpoints(ApiUseCases useCases) {
        this.useCases = useCases;
    }

    public List<Route> routes() {
        return List.of(new Route("GET", PathTemplate.of("/api/habits/{id}/stats"), Route.Access.AUTHENTICATED,
                HttpSettings.BODY_LIMIT, this::statistics));
    }

    private HttpResponse statistics(RequestContext context) {
        UserId owner = context.requirePrincipal().userId();
        return Responses.ok(StatisticsJson.from(useCases.progress().statistics(owner, context.habitId())));
    }
}
