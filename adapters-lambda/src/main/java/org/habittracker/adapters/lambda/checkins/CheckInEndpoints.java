package org.habittracker.adapters.lambda.checkins;

import java.time.LocalDate;
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
import org.habittracker.adapters.lambda.json.JsonFields;
import org.habittracker.application.port.in.checkin.RecordCheckInCommand;
import org.habittracker.domain.user.UserId;

/**
 * A habit's check-ins: record or clear a day, each answering with the habit's updated board entry, and the history
 * of a range with what each day turned out to be.
 */
public final class CheckInEndpoints {

    private final ApiUseCases useCases;
    private final JsonBody json;

    public CheckInEndpoints(ApiUseCases useCases, JsonBody json) {
        this.useCases = useCases;
        this.json = json;
    }

    public List<Route> routes() {
        PathTemplate day = PathTemplate.of("/api/habits/{id}/checkins/{day}");
        int limit = HttpSettings.BODY_LIMIT;
        Route.Access auth = Route.Access.AUTHENTICATED;
        return List.of(
                new Route("PUT", day, auth, limit, this::record),
                new Route("DELETE", day, auth, limit, this::clear),
                new Route("GET", PathTemplate.of("/api/habits/{id}/checkins"), auth, limit, this::history));
    }

    /** The day in the path is checked with the body, so a bad day and a bad status are named together. */
    private HttpResponse record(RequestContext context) {
        UserId owner = context.requirePrincipal().userId();
        var habitId = context.habitId();
        JsonFields body = json.fields(context.request());
        LocalDate day = Responses.day(context.variable("day"), "day", body.errors()).orElse(null);
        RecordCheckInCommand command = body.errors().throwIfAny(CheckInRequests.record(body, owner, habitId, day),
                useCases.commandChecks());
        return Responses.ok(RecordedCheckInJson.from(useCases.checkIns().record(command)));
    }

    private HttpResponse clear(RequestContext context) {
        UserId owner = context.requirePrincipal().userId();
        LocalDate day = Responses.day(context.variable("day"), "day");
        return Responses.ok(BoardUpdateJson.from(useCases.checkIns().clear(owner, context.habitId(), day)));
    }

    private HttpResponse history(RequestContext context) {
        UserId owner = context.requirePrincipal().userId();
        var request = context.request();
        String from = request.queryParameter("from").orElseThrow(() -> Problem.validation("from", "required", "is required"));
        String to = request.queryParameter("to").orElseThrow(() -> Problem.validation("to", "required", "is required"));
        LocalDate fromDay = Responses.day(from, "from");
        LocalDate toDay = Responses.day(to, "to");
        if (toDay.isBefore(fromDay)) {
            throw Problem.validation("to", "range", "must be on or after 'from'");
        }
        return Responses.ok(HistoryJson.from(useCases.progress().history(owner, context.habitId(), fromDay, toDay)));
    }
}
