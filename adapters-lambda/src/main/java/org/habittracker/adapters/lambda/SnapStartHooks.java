package org.habittracker.adapters.lambda;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import org.crac.Context;
import org.crac.Resource;

import org.habittracker.adapters.lambda.config.HabitsRuntime;
import org.habittracker.adapters.lambda.http.SessionCookie;
import org.habittracker.application.port.in.auth.Principal;
import org.habittracker.domain.user.UserId;
import org.habittracker.domain.user.UserSettings;
import org.habittracker.domain.user.Username;

/**
 * Lambda SnapStart through the org.crac API. Before the snapshot: prime the code paths a first request takes by
 * answering synthetic events, then drop every connection so no socket (and no copy of the database password) is
 * frozen into the snapshot. After restore: the pool reconnects on its next query, reading the secret then, and
 * Redis in the background. The synthetic requests write nothing and make no id.
 *
 * <p>What is primed depends on when the database may be reached ({@link HabitsRuntime#databaseBeforeRestore}):
 * <ul>
 * <li>always: the event's translation, routing, the session cookie's reading and a problem answer
 * ({@code GET /api/auth/check}, and {@code GET /api/habits} without credentials);</li>
 * <li>with a fixed password also {@code /health} and the board's signed-in path through JDBC, as a principal
 * nobody has ({@link #PRIMING_PRINCIPAL}: its habits query finds none and the board answers empty, reading
 * only). With a secret the database waits for the first request after restore: a version's init has no
 * credentials for the secrets extension.</li>
 * </ul>
 */
final class SnapStartHooks implements Resource {

    /** The nil UUID: no user has it (ids are UUIDv7), so the board's path reads and finds nothing. */
    static final Principal PRIMING_PRINCIPAL = new Principal(new UserId(new UUID(0, 0)), new Username("snapstart"),
            UserSettings.defaultsFor(ZoneOffset.UTC));
    static final String PRIMING_REQUEST_ID = "snapstart-priming";

    private final ApiGatewayHandler handler;
    private final HabitsRuntime runtime;

    SnapStartHooks(ApiGatewayHandler handler, HabitsRuntime runtime) {
        this.handler = handler;
        this.runtime = runtime;
    }

    /** Registers the hooks with {@code context} (the runtime's global one in Lambda); the caller keeps them alive. */
    static SnapStartHooks register(ApiGatewayHandler handler, HabitsRuntime runtime,
            Context<Resource> context) {
        SnapStartHooks hooks = new SnapStartHooks(handler, runtime);
        context.register(hooks);
        return hooks;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        handler.handleRequest(primingEvent("/api/auth/check"), null);
        handler.handleRequest(primingEvent("/api/habits"), null);
        if (runtime.databaseBeforeRestore()) {
            handler.handleRequest(primingEvent("/health"), null);
            APIGatewayV2HTTPEvent signedIn = primingEvent("/api/habits");
            // Any cookie: the priming API's principal is the same whatever it says.
            signedIn.setCookies(List.of(SessionCookie.NAME + "=" + PRIMING_REQUEST_ID));
            handler.answer(runtime.primingApi(PRIMING_PRINCIPAL), signedIn);
        }
        runtime.beforeCheckpoint();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        runtime.afterRestore();
    }

    static APIGatewayV2HTTPEvent primingEvent(String path) {
        var http = APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET").withPath(path)
                .withSourceIp("127.0.0.1").build();
        var context = APIGatewayV2HTTPEvent.RequestContext.builder().withHttp(http).withStage("$default")
                .withRequestId(PRIMING_REQUEST_ID).build();
        var event = new APIGatewayV2HTTPEvent();
        event.setRawPath(path);
        event.setRawQueryString("");
        event.setHeaders(Map.of("host", "localhost"));
        event.setRequestContext(context);
        return event;
    }
}
