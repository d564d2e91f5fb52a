package org.habittracker.adapters.lambda.tokens;

import java.util.Set;

import org.habittracker.adapters.lambda.json.JsonFields.Need;
import org.habittracker.adapters.lambda.json.JsonFields;
import org.habittracker.domain.shared.Check;
import org.habittracker.application.port.in.token.TokenName;

/** The body of {@code POST /api/tokens}: {@code {"name":"…"}}, a {@link TokenName}. */
public final class TokenRequests {

    private TokenRequests() {
    }

    /** The name, trimmed, or null when it is missing or breaks a rule (recorded in the body's errors). */
    public static String name(JsonFields body) {
        body.allowOnly(Set.of("name"));
        return body.text("name", Need.REQUIRED)
                .flatMap(name -> body.errors().attempt(body.path(),
                        () -> new TokenName(name).value()))
                .orElse(null);
    }
}
