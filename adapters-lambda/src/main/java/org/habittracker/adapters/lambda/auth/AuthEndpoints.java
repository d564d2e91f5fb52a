package org.habittracker.adapters.lambda.auth;

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
import org.habittracker.adapters.lambda.http.SessionCookie;
import org.habittracker.adapters.lambda.json.Json;
import org.habittracker.adapters.lambda.json.JsonFields;
import org.habittracker.application.port.in.auth.IssuedSession;
import org.habittracker.application.port.in.auth.LogInCommand;
import org.habittracker.application.port.in.auth.LogInResult;
import org.habittracker.application.port.in.auth.RegisterCommand;

/** Register, log in, log out, and "who am I" for the single-page app. */
public final class AuthEndpoints {

    private final ApiUseCases useCases;
    private final JsonBody json;
    private final SessionCookie cookie;

    public AuthEndpoints(ApiUseCases useCases, JsonBody json, SessionCookie cookie) {
        this.useCases = useCases;
        this.json = json;
        this.cookie = cookie;
    }

    public List<Route> routes() {
        int limit = HttpSettings.BODY_LIMIT;
        return List.of(
                new Route("POST", PathTemplate.of("/api/auth/register"), Route.Access.PUBLIC, limit, this::register),
                new Route("POST", PathTemplate.of("/api/auth/login"), Route.Access.PUBLIC, limit, this::logIn),
                new Route("POST", PathTemplate.of("/api/auth/logout"), Route.Access.OPTIONAL, limit, this::logOut),
                new Route("GET", PathTemplate.of("/api/auth/check"), Route.Access.OPTIONAL, limit, this::check));
    }

    private HttpResponse register(RequestContext context) {
        JsonFields body = json.fields(context.request());
        RegisterCommand command = body.errors().throwIfAny(AuthRequests.register(body, context.request().sourceIp()),
                useCases.commandChecks());
        IssuedSession session = useCases.register().register(command);
        return HttpResponse.json(201, Json.write(info(session))).withCookie(cookie.set(session.token()));
    }

    private HttpResponse logIn(RequestContext context) {
        JsonFields body = json.fields(context.request());
        LogInCommand command = AuthRequests.logIn(body, context.request().sourceIp());
        body.errors().throwIfAny();
        LogInResult result = useCases.logIn().logIn(command);
        return switch (result) {
            case LogInResult.LoggedIn loggedIn -> Responses.ok(info(loggedIn.session()))
                    .withCookie(cookie.set(loggedIn.session().token()));
            case LogInResult.InvalidCredentials invalid -> throw Problem.of(401, "/problems/invalid-credentials",
                    "Invalid credentials", "The username or the password is wrong.");
            case LogInResult.Throttled throttled -> throw Problem.tooManyAttempts("Too many failed log-ins",
                    throttled.retryAfter());
        };
    }

    private HttpResponse logOut(RequestContext context) {
        context.sessionToken().ifPresent(token -> useCases.logOut().logOut(token));
        return HttpResponse.noContent().withCookie(cookie.clear());
    }

    private HttpResponse check(RequestContext context) {
        return Responses.ok(context.principal()
                .map(p -> AuthJson.Check.signedIn(p.userId().toString(), p.username().value()))
                .orElseGet(AuthJson.Check::anonymous));
    }

    private static AuthJson.SessionInfo info(IssuedSession session) {
        return new AuthJson.SessionInfo(session.principal().userId().toString(),
                session.principal().username().value(), session.expiresAt());
    }
}
