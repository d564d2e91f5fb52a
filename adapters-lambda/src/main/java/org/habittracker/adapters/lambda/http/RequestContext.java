package org.habittracker.adapters.lambda.http;

import java.util.Optional;

import org.habittracker.application.port.in.auth.Principal;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.application.port.in.auth.Principal;

/**
 * A matched request: the request, its path variables and, when it carried valid credentials, who sent it.
 *
 * @param sessionToken the raw session cookie used to authenticate, if that is how the caller came in
 */
public record RequestContext(HttpRequest request, java.util.Map<String, String> variables,
        Optional<Principal> principal, Optional<String> sessionToken) {

    public String variable(String name) {
        String value = variables.get(name);
        if (value == null) {
            throw new IllegalStateException("route has no variable " + name);
        }
        return value;
    }

    /** The {@code {id}} of a {@code /api/habits/{id}…} path: a value that is not a UUID is no habit of the caller's. */
    public HabitId habitId() {
        return Responses.habitId(variable("id"));
    }

    /** The caller, for routes that are {@link Route.Access#AUTHENTICATED} (checked before the endpoint runs). */
    public Principal requirePrincipal() {
        return principal.orElseThrow(Problem::unauthenticated);
    }
}
