package org.habittracker.adapters.lambda.http.endpoints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.habittracker.adapters.lambda.http.ApiUseCases;
import org.habittracker.adapters.lambda.http.HttpResponse;
import org.habittracker.adapters.lambda.http.HttpSettings;
import org.habittracker.adapters.lambda.http.JsonBody;
import org.habittracker.adapters.lambda.http.PathTemplate;
import org.habittracker.adapters.lambda.http.Problem;
import org.habittracker.adapters.lambda.http.RequestContext;
import org.habittracker.adapters.lambda.http.Responses;
import org.habittracker.adapters.lambda.http.Route;
import org.habittracker.adapters.lambda.json.BoardJson;
import org.habittracker.adapters.lambda.json.CreateHabitJson;
import org.habittracker.adapters.lambda.json.GoalJson;
import org.habittracker.adapters.lambda.json.HabitJson;
import org.habittracker.adapters.lambda.json.RequestJson;
import org.habittracker.adapters.lambda.json.ScheduleJson;
import org.habittracker.application.port.in.Change;
import org.habittracker.application.port.in.ReorderHabitsCommand;
import org.habittracker.application.port.in.UpdateHabitCommand;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.user.UserId;

/** The board and habit CRUD: create, read, partial update, delete, archive, restore, reorder. */
public final class HabitEndpoints {

    private static final Set<String> PATCHABLE = Set.of("name", "description", "color", "emoji", "schedule", "goal",
            "startDate", "commitmentDays");

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
        UserId owner = context.requirePrincipal().userId();
        boolean archived = switch (context.request().queryParameter("archived").orElse("false")) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Problem.validation("archived", "must be true or false");
        };
        if (archived) {
            List<HabitJson> habits = useCases.habits().list(owner).stream().filter(Habit::archived)
                    .map(HabitJson::from).toList();
            return Responses.ok(new RequestJson.HabitList(habits));
        }
        return Responses.ok(BoardJson.from(useCases.progress().todayBoard(owner)));
    }

    private HttpResponse create(RequestContext context) {
        UserId owner = context.requirePrincipal().userId();
        CreateHabitJson body = json.read(context.request(), CreateHabitJson.class);
        Habit habit = useCases.habits().create(body.toCommand(owner));
        return Responses.created(context.request().basePath() + "/api/habits/" + habit.id(), HabitJson.from(habit));
    }

    private HttpResponse get(RequestContext context) {
        return Responses.ok(HabitJson.from(useCases.habits().get(context.requirePrincipal().userId(), id(context))));
    }

    private HttpResponse update(RequestContext context) {
        UserId owner = context.requirePrincipal().userId();
        HabitId id = id(context);
        ObjectNode body = json.readObject(context.request());
        List<Problem.FieldError> unknown = new ArrayList<>();
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!PATCHABLE.contains(name)) {
                unknown.add(new Problem.FieldError(name, "is not a known field"));
            }
        }
        if (!unknown.isEmpty()) {
            throw Problem.validation(unknown);
        }
        var command = new UpdateHabitCommand(owner, id,
                notNull(body, "name", String.class),
                optional(body, "description", String.class).map(d -> d.orElse("")),
                notNull(body, "color", String.class),
                change(body, "emoji", String.class),
                notNull(body, "schedule", ScheduleJson.class).map(ScheduleJson::toDomain),
                notNull(body, "goal", GoalJson.class).map(GoalJson::toDomain),
                notNull(body, "startDate", LocalDate.class),
                change(body, "commitmentDays", Integer.class));
        return Responses.ok(HabitJson.from(useCases.habits().update(command)));
    }

    private HttpResponse delete(RequestContext context) {
        useCases.habits().delete(context.requirePrincipal().userId(), id(context));
        return HttpResponse.noContent();
    }

    private HttpResponse archive(RequestContext context) {
        return Responses.ok(HabitJson.from(useCases.habits().archive(context.requirePrincipal().userId(), id(context))));
    }

    private HttpResponse unarchive(RequestContext context) {
        return Responses.ok(
                HabitJson.from(useCases.habits().unarchive(context.requirePrincipal().userId(), id(context))));
    }

    private HttpResponse reorder(RequestContext context) {
        UserId owner = context.requirePrincipal().userId();
        RequestJson.Order body = json.read(context.request(), RequestJson.Order.class);
        if (body.order() == null) {
            throw Problem.validation("order", "is required");
        }
        List<HabitId> order = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < body.order().size(); i++) {
            String value = body.order().get(i);
            try {
                order.add(HabitId.of(value));
            } catch (RuntimeException e) {
                errors.add(new Problem.FieldError("order[" + i + "]", "must be a habit id"));
            }
        }
        if (!errors.isEmpty()) {
            throw Problem.validation(errors);
        }
        List<Habit> habits = useCases.habits().reorder(new ReorderHabitsCommand(owner, order));
        return Responses.ok(new RequestJson.HabitList(habits.stream().map(HabitJson::from).toList()));
    }

    static HabitId id(RequestContext context) {
        return Responses.habitId(context.variable("id"));
    }

    /** A field that may be left out but, when present, must not be null. */
    private <T> Optional<T> notNull(ObjectNode body, String field, Class<T> type) {
        return optional(body, field, type).map(value -> value.orElseThrow(
                () -> Problem.validation(field, "must not be null (leave it out to keep it)")));
    }

    /** Absent: empty; present: the value, which may be null. */
    private <T> Optional<Optional<T>> optional(ObjectNode body, String field, Class<T> type) {
        JsonNode node = body.get(field);
        if (node == null) {
            return Optional.empty();
        }
        if (node.isNull()) {
            return Optional.of(Optional.empty());
        }
        return Optional.of(Optional.of(json.convert(node, type, field)));
    }

    /** A clearable field: absent keeps it, null clears it, a value sets it. */
    private <T> Change<T> change(ObjectNode body, String field, Class<T> type) {
        return optional(body, field, type).map(value -> value.map(Change::set).orElseGet(Change::clear))
                .orElseGet(Change::keep);
    }
}
