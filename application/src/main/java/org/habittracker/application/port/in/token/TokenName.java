package org.habittracker.application.port.in.token;

import org.habittracker.domain.shared.Check;

/**
 * What a personal API token is called: 1–{@value #MAX_LENGTH} characters after trimming. The one home of
 * that rule: the service and the HTTP reader both ask it, and the database column holds as many.
 */
public record TokenName(String value) {
    /** Long enough to say which script a token is for. */
    public static final int MAX_LENGTH = 100;

    public TokenName {
        Check.notNull(value, "name");
        value = value.strip();
        Check.length(value, 1, MAX_LENGTH, "name");
    }
}
