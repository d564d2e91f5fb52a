package org.habittracker.adapters.lambda.http.endpoints;

import java.util.List;
import java.util.Optional;

import org.habittracker.adapters.lambda.http.ApiUseCases;
import org.habittracker.adapters.lambda.http.HttpResponse;
import org.habittracker.adapters.lambda.http.HttpSettings;
import org.habittracker.adapters.lambda.http.JsonBody;
import org.habittracker.adapters.lambda.http.PathTemplate;
import org.habittracker.adapters.lambda.http.Problem;
import org.habittracker.adapters.lambda.http.RequestContext;
import org.habittracker.adapters.lambda.http.Responses;
import org.habittracker.adapters.lambda.http.Route;
import org.habittracker.adapters.lambda.http.SessionCookie;
import org.habittracker.adapters.lambda.json.AuthJson;
import org.habittracker.adapters.lambda.json.ProfileJson;
import org.habittracker.adapters.lambda.json.RequestJson;
import org.habittracker.adapters.lambda.json.TimeZones;
import org.habittracker.application.port.in.DeleteAccountCommand;
import org.habittracker.application.port.in.UpdateSettingsCommand;
import org.habittracker.domain.user.UserId;

/** {@code /api/me}: the profile and its settings, and deleting the account. */
public final class ProfileEndpoints {

    private final ApiUseCases useCases;
    private final JsonBody json;
    private final SessionCookie cookie;

    public ProfileEndpoints(ApiUseCases useCases, JsonBody json, SessionCookie cookie) {
        this.useCases = useCases;
        this.json = json;
        this.cookie = cookie;
    }

    public List<Route> routes() {
        PathTemplate me = PathTemplate.of("/api/me");
        int limit = HttpSettings.BODY_LIMIT;
        return List.of(
                new Route("GET", me, Route.Access.AUTHENTICATED, limit, this::profile),
                new Route("PATCH", me, Route.Access.AUTHENTICATED, limit, this::update),
                new Route("DELETE", me, Route.Access.AUTHENTICATED, limit, this::delete));
    }

    private HttpResponse profile(RequestContext context) {
        return Responses.ok(ProfileJson.from(useCases.profile().profile(context.requirePrincipal().userId())));
    }

    private HttpResponse update(RequestContext context) {
        UserId owner = context.requirePrincipal().userId();
        RequestJson.UpdateSettings body = json.read(context.request(), RequestJson.UpdateSettings.class);
        Optional<String> timeZone = Optional.ofNullable(body.timeZone());
        timeZone.ifPresent(zone -> TimeZones.parse(zone, "timeZone"));
        var command = new UpdateSettingsCommand(owner, timeZone, Optional.ofNullable(body.dayStartHour()),
                Optional.ofNullable(body.weekStart()).map(Enum::name));
        return Responses.ok(ProfileJson.from(useCases.profile().updateSettings(command)));
    }

    private HttpResponse delete(RequestContext context) {
        UserId owner = context.requirePrincipal().userId();
        AuthJson.DeleteAccount body = json.read(context.request(), AuthJson.DeleteAccount.class);
        if (body.password() == null) {
            throw Problem.validation("password", "is required");
        }
        useCases.profile().deleteAccount(new DeleteAccountCommand(owner, body.password()));
        return HttpResponse.noContent().withCookie(cookie.clear());
    }
}
