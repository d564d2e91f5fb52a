package org.habittracker.adapters.lambda.pauses;

import java.util.List;

import org.habittracker.adapters.lambda.http.ApiUseCases;
import org.habittracker.adapters.lambda.http.HttpResponse;
import org.habittracker.adapters.lambda.http.HttpSettings;
import org.habittracker.adapters.lambda.http.JsonBody;
import org.habittracker.adapters.lambda.http.PathTemplate;
import org.habittracker.adapters.lambda.http.RequestContext;
import org.habittracker.adapters.lambda.http.Responses;
import org.habittracker.adapters.lambda.http.Route;
import org.habittracker.adapters.lambda.json.JsonFields;
import org.habittracker.application.port.in.pause.CreatePauseCommand;
import org.habittracker.application.port.in.pause.CreatePauseCommand;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.checkin.PauseId;
import org.habittracker.domain.user.UserId;

/** Vacations: a date range for one habit or for all of them. */
public final class PauseEndpoints {

    private final ApiUseCases useCases;
    private final JsonBody json;

    public PauseEndpoints(ApiUseCases useCases, JsonBody json) {
        this.useCases = useCases;
        this.json = json;
    }

    public List<Route> routes() {
        PathTemplate pauses = PathTemplate.of("/api/pauses");
        int limit = HttpSettings.BODY_LIMIT;
        Route.Access auth = Route.Access.AUTHENTICATED;
        return List.of(
                new Route("GET", pauses, auth, limit, this::list),
                new Route("POST", pauses, auth, limit, this::create),
                new Route("DELETE", PathTemplate.of("/api/pauses/{id}"), auth, limit, this::delete));
    }

    private HttpResponse list(RequestContext context) {
        return Responses.ok(new PauseListJson(
                useCases.pauses().list(context.requirePrincipal().userId()).stream().map(PauseJson::from).toList()));
    }

    private HttpResponse create(RequestContext context) {
        UserId owner = context.requirePrincipal().userId();
        JsonFields body = json.fields(context.request());
        CreatePauseCommand command = body.errors().throwIfAny(PauseRequests.create(body, owner),
                useCases.commandChecks());
        Pause pause = useCases.pauses().create(command);
        return Responses.created(context.request().basePath() + "/api/pauses/" + pause.id(), PauseJson.from(pause));
    }

    private HttpResponse delete(RequestContext context) {
        UserId owner = context.requirePrincipal().userId();
        useCases.pauses().delete(owner, new PauseId(Responses.uuid(context.variable("id"), "pause")));
        return HttpResponse.noContent();
    }
}
