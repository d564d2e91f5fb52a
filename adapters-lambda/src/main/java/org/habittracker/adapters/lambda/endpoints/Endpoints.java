package org.habittracker.adapters.lambda.endpoints;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.habittracker.adapters.lambda.auth.AuthEndpoints;
import org.habittracker.adapters.lambda.auth.ProfileEndpoints;
import org.habittracker.adapters.lambda.checkins.CheckInEndpoints;
import org.habittracker.adapters.lambda.data.DataEndpoints;
import org.habittracker.adapters.lambda.habits.HabitEndpoints;
import org.habittracker.adapters.lambda.health.HealthEndpoint;
import org.habittracker.adapters.lambda.http.ApiUseCases;
import org.habittracker.adapters.lambda.http.HttpApi;
import org.habittracker.adapters.lambda.http.HttpSettings;
import org.habittracker.adapters.lambda.http.JsonBody;
import org.habittracker.adapters.lambda.http.Route;
import org.habittracker.adapters.lambda.http.SessionCookie;
import org.habittracker.adapters.lambda.json.Json;
import org.habittracker.adapters.lambda.pauses.PauseEndpoints;
import org.habittracker.adapters.lambda.progress.ProgressEndpoints;
import org.habittracker.adapters.lambda.reminders.ReminderEndpoints;
import org.habittracker.adapters.lambda.tokens.TokenEndpoints;

/**
 * The API: every resource's routes over the HTTP core. The one place that knows all the resource packages, so
 * that they need not know each other and the core ({@link HttpApi}) need not know any.
 */
public final class Endpoints {

    private Endpoints() {
    }

    public static HttpApi httpApi(ApiUseCases useCases, HttpSettings settings, Clock clock) {
        JsonBody json = new JsonBody(Json::mapper);
        SessionCookie cookie = new SessionCookie(settings.secureCookies());
        List<Route> routes = new ArrayList<>();
        routes.addAll(new HealthEndpoint(useCases).routes());
        routes.addAll(new AuthEndpoints(useCases, json, cookie).routes());
        routes.addAll(new ProfileEndpoints(useCases, json, cookie).routes());
        routes.addAll(new HabitEndpoints(useCases, json).routes());
        routes.addAll(new CheckInEndpoints(useCases, json).routes());
        routes.addAll(new ProgressEndpoints(useCases).routes());
        routes.addAll(new PauseEndpoints(useCases, json).routes());
        routes.addAll(new ReminderEndpoints(useCases, json).routes());
        routes.addAll(new DataEndpoints(useCases, json, clock).routes());
        routes.addAll(new TokenEndpoints(useCases, json).routes());
        return new HttpApi(useCases.principals(), settings, routes);
    }
}
