package org.habittracker.adapters.lambda.habits;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.habittracker.adapters.lambda.http.ApiUseCases;
import org.habittracker.adapters.lambda.http.HttpResponse;
import org.habittracker.adapters.lambda.http.HttpSettings;
import org.habittracker.adapters.lambda.http.JsonBody;
import org.habittracker.adapters.lambda.http.PathTemplate;
import org.habittracker.adapters.lambda.http.Problem;
import org.habittracker.adapters.lambda.http.RequestContext;
import org.habittracker.adapters.lambda.http.Responses;
import org.habittracker.adapters.lambda.http.Route;
import org.habittracker.adapters.lambda.json.HabitJson;
import org.habittracker.adapters.lambda.json.JsonFields;
import org.habittracker.application.port.in.auth.Principal;
import org.habittracker.application.port.in.habit.CreateHabitCommand;
import org.habittracker.application.port.in.habit.ReorderHabitsCommand;
import org.habittracker.application.port.in.habit.UpdateHabitCommand;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.user.UserId;

/** The board and habit CRUD: create, read, partial update, delete, archive, restore, reorder. */
public final class HabitEndpoints {

    private final ApiUseCases useCases;
    private final JsonBody json;

    public HabitEndpoints(ApiUseCases useCases, JsonBody json) {
        this.useCases = useCases;
        this.json = json;
    }

    public List<Route> routes() {
        PathTemplate habits = PathTemplate.of("/api/habits");
        PathTemplate habit = PathTemplate.of("/api/habits/{id}");
        int limit = HttpSettings.BODY_LIMIT;
        Route.Access auth = Route.Access.AUTHENTICATED;
        return List.of(
                new Route("GET", habits, auth, limit, this::board),
                new Route("POST", habits, auth, limit, this::create),
                new Route("GET", habit, auth, limit, this::get),
                new Route("PATCH", habit, auth, limit, this::update),
                new Route("DELETE", habit, auth, limit, this::delete),
                new Route("POST", PathTemplate.of("/api/habits/{id}/archive"), auth, limit, this::archive),
                new Route("POST", PathTemplate.of("/api/habits/{id}/unarchive"), auth, limit, this::unarchive),
                new Route("PUT", PathTemplate.of("/api/habits/order"), auth, limit, this::reorder));
    }

    /**
     * {@code GET /api/habits}: the today board; with {@code ?archived=true} the owner's archived habits instead
     * ({@code {"habits":[…]}}, in board order), which the board leaves out.
     */
    private HttpResponse board(RequestContext context) {
        Principal principal = context.requirePrincipal();
        UserId owner = principal.userId();
        boolean archived = switch (context.request().queryParameter("archived").orElse("false")) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Problem.validation("archived", "format", "must be true or false");
        };
        if (archived) {
            List<HabitJson> habits = useCases.habits().list(owner).stream().filter(Habit::archived)
                    .map(HabitJson::from).toList();
            return Responses.ok(new HabitListJson(habits));
        }
        byte[] board = useCases.progress().renderedTodayBoard(principal, BoardJson.RENDERING);
        return HttpResponse.json(200, new String(board, StandardCharsets.UTF_8));
    }

    private HttpResponse create(RequestContext context) {
        UserId owner = context.requirePrincipal().userId();
        JsonFields body = json.fields(context.request());
        CreateHabitCommand command = body.errors().throwIfAny(HabitRequests.create(body, owner),
                useCases.commandChecks());
        Habit habit = useCases.habits().create(command);
        return Responses.created(context.request().basePath() + "/api/habits/" + habit.id(), HabitJson.from(habit));
    }

    private HttpResponse get(RequestContext context) {
        return Responses.ok(HabitJson.from(useCases.habits().get(context.requirePrincipal().userId(), context.habitId())));
    }

    private HttpResponse update(RequestContext context) {
        UserId owner = context.requirePrincipal().userId();
        HabitId id = context.habitId();
        JsonFields body = json.fields(context.request());
        UpdateHabitCommand command = body.errors().throwIfAny(HabitRequests.update(body, owner, id),
                useCases.commandChecks());
        return Responses.ok(HabitJson.from(useCases.habits().update(command)));
    }

    private HttpResponse delete(RequestContext context) {
        useCases.habits().delete(context.requirePrincipal().userId(), context.habitId());
        return HttpResponse.noContent();
    }

    private HttpResponse archive(RequestContext context) {
        return Responses.ok(HabitJson.from(useCases.habits().archive(context.requirePrincipal().userId(), context.habitId())));
    }

    private HttpResponse unarchive(RequestContext context) {
        return Responses.ok(
                HabitJson.from(useCases.habits().unarchive(context.requirePrincipal().userId(), context.habitId())));
    }

    private HttpResponse reorder(RequestContext context) {
        UserId owner = context.requirePrincipal().userId();
        JsonFields body = json.fields(context.request());
        ReorderHabitsCommand command = body.errors().throwIfAny(HabitRequests.reorder(body, owner),
                useCases.commandChecks());
        List<Habit> habits = useCases.habits().reorder(command);
        return Responses.ok(new HabitListJson(habits.stream().map(HabitJson::from).toList()));
    }
}
