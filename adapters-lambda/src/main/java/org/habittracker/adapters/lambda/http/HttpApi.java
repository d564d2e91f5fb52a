package org.habittracker.adapters.lambda.http;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;

import org.habittracker.adapters.lambda.json.JsonOutput;
import org.habittracker.application.port.in.auth.Principal;
import org.habittracker.application.port.in.auth.ResolvePrincipalUseCase;
import org.habittracker.application.port.in.auth.Principal;
import org.habittracker.domain.user.UserId;

/**
 * The HTTP API, independent of Lambda: routes a request, checks size, origin, content type and
 * credentials in that order, runs the endpoint, and turns every failure into a problem document.
 * Built once per container; safe for concurrent use.
 */
public final class HttpApi {

    /** A handled request: the response and what the request log needs to know about it. */
    public record Exchange(HttpResponse response, String route, Optional<UserId> userId, Optional<Throwable> failure) {
    }

    private final ResolvePrincipalUseCase principals;
    private final Router router;
    private final CsrfGuard csrf;
    private final SessionCookie cookie;

    /** @param routes every resource's routes ({@code endpoints.Endpoints}), in the order the router tries them */
    public HttpApi(ResolvePrincipalUseCase principals, HttpSettings settings, List<Route> routes) {
        this.principals = principals;
        this.csrf = new CsrfGuard(settings.allowedOrigins());
        this.cookie = new SessionCookie(settings.secureCookies());
        this.router = new Router(routes);
    }

    public Router router() {
        return router;
    }

    public Exchange handle(HttpRequest request) {
        String route = "unmatched";
        Optional<Principal> principal = Optional.empty();
        boolean staleCookie = false;
        try {
            Router.Match.Found found = switch (router.match(request.method(), request.path())) {
                case Router.Match.Found f -> f;
                case Router.Match.NoSuchPath n -> throw Problem.notFound("No such resource.");
                case Router.Match.WrongMethod w -> throw Problem.methodNotAllowed(w.allow());
            };
            Route matched = found.route();
            route = matched.path().template();
            if (request.body().length > matched.bodyLimit()) {
                throw Problem.tooLarge(matched.bodyLimit());
            }
            Optional<String> bearer = bearerToken(request);
            if (bearer.isPresent() && matched.access() == Route.Access.SESSION) {
                throw Problem.sessionRequired();
            }
            csrf.check(request, bearer.isPresent());
            if (takesBody(request) && !matched.accepts().contains(mediaType(request))) {
                throw Problem.unsupportedMediaType(matched.accepts());
            }
            Optional<String> sessionToken = Optional.empty();
            if (matched.access() != Route.Access.PUBLIC) {
                if (bearer.isPresent()) {
                    principal = principals.byApiToken(bearer.get());
                } else {
                    sessionToken = request.cookie(SessionCookie.NAME).filter(SessionCookie::plausible);
                    principal = sessionToken.flatMap(principals::bySessionToken);
                    staleCookie = request.cookie(SessionCookie.NAME).isPresent() && principal.isEmpty();
                }
            }
            if (matched.access() != Route.Access.PUBLIC && matched.access() != Route.Access.OPTIONAL
                    && principal.isEmpty()) {
                throw Problem.unauthenticated();
            }
            HttpResponse response = matched.endpoint()
                    .handle(new RequestContext(request, found.variables(), principal, sessionToken));
            if (sessionToken.isPresent() && principal.isPresent() && response.cookies().isEmpty()
                    && response.status() < 400) {
                // Sliding expiry: the server moved the session's end; the cookie moves with it.
                response = response.withCookie(cookie.set(sessionToken.get()));
            }
            if (request.method().equals("HEAD")) {
                response = response.withoutBody();
            }
            return new Exchange(decorate(response, request), route, principal.map(Principal::userId), Optional.empty());
        } catch (RuntimeException | Error error) {
            Optional<Problem> problem = ErrorMapper.toProblem(error);
            HttpResponse response = problem.map(HttpApi::problemResponse)
                    .orElseGet(() -> internalError(request.requestId()));
            if (staleCookie) {
                response = response.withCookie(cookie.clear());
            }
            if (request.method().equals("HEAD")) {
                response = response.withoutBody();
            }
            // A bug is logged; so is the cause a client error was explained without (an unreadable zip's). A 503's
            // cause (the database is away) is not: every request during an outage would repeat it.
            Optional<Throwable> logged = problem.isEmpty() ? Optional.of(error)
                    : problem.get().status() < 500 ? Optional.ofNullable(error.getCause()) : Optional.empty();
            return new Exchange(decorate(response, request), route, principal.map(Principal::userId), logged);
        }
    }

    private static boolean takesBody(HttpRequest request) {
        return request.hasBody() && !request.method().equals("GET") && !request.method().equals("HEAD");
    }

    /** {@code Application/JSON; charset=utf-8} → {@code application/json}; "" when there is none. */
    public static String mediaType(HttpRequest request) {
        return request.header("content-type").map(type -> type.split(";")[0].strip().toLowerCase(Locale.ROOT))
                .orElse("");
    }

    private static Optional<String> bearerToken(HttpRequest request) {
        return request.header("authorization").map(String::strip)
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(value -> value.substring(7).strip()).filter(token -> !token.isEmpty());
    }

    /** Headers every response carries: the request id, and no caching of personal data. */
    private static HttpResponse decorate(HttpResponse response, HttpRequest request) {
        return response.withHeader("X-Request-Id", request.requestId())
                .withHeader("Cache-Control", "no-store")
                .withHeader("X-Content-Type-Options", "nosniff");
    }

    /** A problem found before a request could be built (an unreadable event), answered the same way. */
    public static HttpResponse problem(Problem problem, String requestId) {
        return problemResponse(problem).withHeader("X-Request-Id", requestId).withHeader("Cache-Control", "no-store")
                .withHeader("X-Content-Type-Options", "nosniff");
    }

    static HttpResponse problemResponse(Problem problem) {
        HttpResponse response = new HttpResponse(problem.status(),
                java.util.Map.of("Content-Type", HttpResponse.PROBLEM_JSON), List.of(), JsonOutput.write(
                        out -> writeProblem(problem, out)));
        for (var header : problem.headers().entrySet()) {
            response = response.withHeader(header.getKey(), header.getValue());
        }
        return response;
    }

    private static HttpResponse internalError(String requestId) {
        return problemResponse(Problem.of(500, "/problems/internal", "Internal error",
                "Something went wrong on our side. Quote request id " + requestId + " when reporting it."));
    }

    /** RFC 9457 body, with the machine-readable {@code code} of the problem (and of each field error) beside it. */
    private static void writeProblem(Problem problem, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", problem.type());
        out.writeStringField("code", problem.code());
        out.writeStringField("title", problem.title());
        out.writeNumberField("status", problem.status());
        JsonOutput.string(out, "detail", Optional.ofNullable(problem.detail()));
        if (!problem.errors().isEmpty()) {
            out.writeArrayFieldStart("errors");
            for (Problem.FieldError error : problem.errors()) {
                out.writeStartObject();
                out.writeStringField("field", error.field());
                out.writeStringField("code", error.code());
                out.writeStringField("message", error.message());
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }
}
