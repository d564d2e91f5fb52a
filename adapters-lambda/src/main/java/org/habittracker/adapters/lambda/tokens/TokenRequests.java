package org.habittracker.adapters.lambda.tokens;

import java.util.Set;

import org.habittracker.adapters.lambda.json.JsonFields.Need;
import org.habittracker.adapters.lambda.json.JsonFields;
import org.habittracker.domain.shared.Check;

/** The body of {@code POST /api/tokens}: {@code {"name":"…"}}, 1–50 characters after trimming. */
public final class TokenRequests {

    /** Long enough to say what a script is for; short enough for a list on a phone. */
    public static final int MAX_NAME_LENGTH = 50;

    private TokenRequests() {
    }

    /** The name, trimmed, or null when it is missing or breaks a rule (recorded in the body's errors). */
    public static String name(JsonFields body) {
        body.allowOnly(Set.of("name"));
        return body.text("name", Need.REQUIRED)
                .flatMap(name -> body.errors().attempt(body.path(),
                        () -> Check.length(name.strip(), 1, MAX_NAME_LENGTH, "name")))
                .orElse(null);
    }
}
