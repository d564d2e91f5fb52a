package org.habittracker.adapters.lambda.reminders;

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
import org.habittracker.adapters.lambda.json.JsonFields;
import org.habittracker.application.port.in.reminder.SetReminderCommand;
import org.habittracker.application.port.in.reminder.SubscribeCommand;
import org.habittracker.application.port.in.reminder.Subscribed;
import org.habittracker.domain.reminder.PushSubscriptionId;
import org.habittracker.domain.reminder.Reminder;
import org.habittracker.domain.user.UserId;

/** A habit's reminder, and the browsers reminders are pushed to. */
public final class ReminderEndpoints {

    private final ApiUseCases useCases;
    private final JsonBody json;

    public ReminderEndpoints(ApiUseCases useCases, JsonBody json) {
        this.useCases = useCases;
        this.json = json;
    }

    public List<Route> routes() {
        PathTemplate reminder = PathTemplate.of("/api/habits/{id}/reminder");
        PathTemplate subscriptions = PathTemplate.of("/api/push/subscriptions");
        int limit = HttpSettings.BODY_LIMIT;
        Route.Access auth = Route.Access.AUTHENTICATED;
        return List.of(
                new Route("GET", reminder, auth, limit, this::get),
                new Route("PUT", reminder, auth, limit, this::set),
                new Route("DELETE", reminder, auth, limit, this::clear),
                new Route("POST", PathTemplate.of("/api/habits/{id}/reminder/snooze"), auth, limit, this::snooze),
                new Route("GET", PathTemplate.of("/api/push/public-key"), auth, limit, this::publicKey),
                new Route("GET", subscriptions, auth, limit, this::listSubscriptions),
                new Route("POST", subscriptions, auth, limit, this::subscribe),
                new Route("DELETE", PathTemplate.of("/api/push/subscriptions/{id}"), auth, limit, this::unsubscribe));
    }

    private HttpResponse get(RequestContext context) {
        UserId owner = context.requirePrincipal().userId();
        Reminder reminder = useCases.reminders().get(owner, context.habitId())
                .orElseThrow(() -> Problem.notFound("That habit has no reminder."));
        return Responses.ok(ReminderJson.from(reminder));
    }

    private HttpResponse set(RequestContext context) {
        UserId owner = context.requirePrincipal().userId();
        var habitId = context.habitId();
        JsonFields body = json.fields(context.request());
        SetReminderCommand command = body.errors().throwIfAny(ReminderRequests.set(body, owner, habitId),
                useCases.commandChecks());
        return Responses.ok(ReminderJson.from(useCases.reminders().set(command)));
    }

    private HttpResponse clear(RequestContext context) {
        useCases.reminders().clear(context.requirePrincipal().userId(), context.habitId());
        return HttpResponse.noContent();
    }

    /** A service worker's "Snooze" sends {@code {}}; no body at all is taken the same way. */
    private HttpResponse snooze(RequestContext context) {
        UserId owner = context.requirePrincipal().userId();
        var habitId = context.habitId();
        Optional<Integer> asked = context.request().hasBody()
                ? ReminderRequests.snoozeMinutes(json.fields(context.request())) : Optional.empty();
        int minutes = asked.orElse(Reminder.DEFAULT_SNOOZE_MINUTES);
        return Responses.ok(ReminderJson.from(useCases.reminders().snooze(owner, habitId, minutes)));
    }

    private HttpResponse publicKey(RequestContext context) {
        context.requirePrincipal();
        String key = useCases.pushSubscriptions().publicKey()
                .orElseThrow(() -> Problem.of(503, "/problems/unavailable", "Service unavailable",
                        "Push notifications are not configured on this server."));
        return Responses.ok(new PublicKeyJson(key));
    }

    private HttpResponse listSubscriptions(RequestContext context) {
        UserId owner = context.requirePrincipal().userId();
        return Responses.ok(new PushSubscriptionListJson(useCases.pushSubscriptions().list(owner).stream()
                .map(PushSubscriptionJson::from).toList()));
    }

    /** 201 for a new browser; 200 with the same id for one subscribed already (its keys are updated). */
    private HttpResponse subscribe(RequestContext context) {
        UserId owner = context.requirePrincipal().userId();
        JsonFields body = json.fields(context.request());
        SubscribeCommand command = body.errors().throwIfAny(ReminderRequests.subscribe(body, owner),
                useCases.commandChecks());
        Subscribed subscribed = useCases.pushSubscriptions().subscribe(command);
        PushSubscriptionJson answer = PushSubscriptionJson.from(subscribed.subscription());
        return subscribed.created()
                ? Responses.created(context.request().basePath() + "/api/push/subscriptions/" + answer.id(), answer)
                : Responses.ok(answer);
    }

    private HttpResponse unsubscribe(RequestContext context) {
        UserId owner = context.requirePrincipal().userId();
        useCases.pushSubscriptions().unsubscribe(owner,
                new PushSubscriptionId(Responses.uuid(context.variable("id"), "push subscription")));
        return HttpResponse.noContent();
    }

    /** {@code GET /api/push/public-key}. */
    public record PublicKeyJson(String publicKey) {
    }
}
