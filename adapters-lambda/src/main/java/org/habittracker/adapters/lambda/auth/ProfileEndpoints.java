package org.habittracker.adapters.lambda.auth;

import java.util.List;

import org.habittracker.adapters.lambda.http.ApiUseCases;
import org.habittracker.adapters.lambda.http.HttpResponse;
import org.habittracker.adapters.lambda.http.HttpSettings;
import org.habittracker.adapters.lambda.http.JsonBody;
import org.habittracker.adapters.lambda.http.PathTemplate;
import org.habittracker.adapters.lambda.http.RequestContext;
import org.habittracker.adapters.lambda.http.Responses;
import org.habittracker.adapters.lambda.http.Route;
import org.habittracker.adapters.lambda.http.SessionCookie;
import org.habittracker.adapters.lambda.json.JsonFields;
import org.habittracker.application.port.in.profile.DeleteAccountCommand;
import org.habittracker.application.port.in.profile.UpdateSettingsCommand;
import org.habittracker.application.port.in.profile.DeleteAccountCommand;
import org.habittracker.application.port.in.profile.UpdateSettingsCommand;
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
        JsonFields body = json.fields(context.request());
        UpdateSettingsCommand command = body.errors().throwIfAny(ProfileRequests.settings(body, owner),
                useCases.commandChecks());
        return Responses.ok(ProfileJson.from(useCases.profile().updateSettings(command)));
    }

    private HttpResponse delete(RequestContext context) {
        UserId owner = context.requirePrincipal().userId();
        JsonFields body = json.fields(context.request());
        DeleteAccountCommand command = body.errors().throwIfAny(AuthRequests.deleteAccount(body, owner),
                useCases.commandChecks());
        useCases.profile().deleteAccount(command);
        return HttpResponse.noContent().withCookie(cookie.clear());
    }
}
