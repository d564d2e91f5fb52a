package org.habittracker.adapters.lambda.tokens;

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
import org.habittracker.application.port.in.token.CreatedApiToken;
import org.habittracker.application.port.in.token.CreatedApiToken;
import org.habittracker.domain.user.UserId;

/**
 * Personal API tokens ({@code Authorization: Bearer …}) for scripts: create (the secret is in that answer only),
 * list, revoke. Managing them needs the session cookie ({@link Route.Access#SESSION}): a token cannot make more
 * tokens, nor list or revoke them.
 */
public final class TokenEndpoints {

    private final ApiUseCases useCases;
    private final JsonBody json;

    public TokenEndpoints(ApiUseCases useCases, JsonBody json) {
        this.useCases = useCases;
        this.json = json;
    }

    public List<Route> routes() {
        PathTemplate tokens = PathTemplate.of("/api/tokens");
        int limit = HttpSettings.BODY_LIMIT;
        Route.Access session = Route.Access.SESSION;
        return List.of(
                new Route("GET", tokens, session, limit, this::list),
                new Route("POST", tokens, session, limit, this::create),
                new Route("DELETE", PathTemplate.of("/api/tokens/{id}"), session, limit, this::revoke));
    }

    private HttpResponse list(RequestContext context) {
        UserId owner = context.requirePrincipal().userId();
        return Responses.ok(new TokenJson.TokenList(
                useCases.apiTokens().list(owner).stream().map(TokenJson::from).toList()));
    }

    private HttpResponse create(RequestContext context) {
        UserId owner = context.requirePrincipal().userId();
        JsonFields body = json.fields(context.request());
        String name = TokenRequests.name(body);
        body.errors().throwIfAny();
        CreatedApiToken created = useCases.apiTokens().create(owner, name);
        return Responses.created(context.request().basePath() + "/api/tokens/" + created.token().id(),
                TokenJson.Created.from(created));
    }

    /** Another user's token, or no token at all, is 404 alike. */
    private HttpResponse revoke(RequestContext context) {
        UserId owner = context.requirePrincipal().userId();
        useCases.apiTokens().revoke(owner, Responses.uuid(context.variable("id"), "token"));
        return HttpResponse.noContent();
    }
}
