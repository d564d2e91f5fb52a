package org.habittracker.adapters.lambda.config;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Whether a failure was the database refusing our credentials: SQLState 28P01 (invalid password) or 28000
 * (invalid authorization), wherever it sits in the chain of causes (JDBI wraps Hikari's timeout, which
 * carries the driver's refusal as its cause).
 */
public final class AuthenticationFailures {

    private static final Set<String> STATES = Set.of("28P01", "28000");

    private AuthenticationFailures() {
    }

    public static boolean in(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
