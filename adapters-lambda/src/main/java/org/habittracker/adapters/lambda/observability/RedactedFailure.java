package org.habittracker.adapters.lambda.observability;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A failure as the request log may hold it: what went wrong and where, never what the user sent. Exception
 * messages carry user content: JDBI appends the statement and its bound arguments ({@code [statement:"insert …",
 * arguments:{…name:Read…}]}), PostgreSQL quotes the offending value and adds a {@code Detail:} line with the row's
 * key, Java quotes the input it could not parse ({@code For input string: "…"}). So the log gets the class of each
 * exception in the chain, the SQLState of the first SQL one, the first line of the root cause's message with every
 * quoted part, JDBI's statement context and every further line cut, and a stack trace of classes and frames
 * without messages.
 */
final class RedactedFailure {

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'|«[^»]*»");
    private static final String STATEMENT_CONTEXT = " [statement:";

    private RedactedFailure() {
    }

    /** The log line's fields for a failure: {@code errorType}, {@code sqlState} when known, message and trace. */
    static Map<String, String> fields(Throwable failure) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("errorType", failure.getClass().getName());
        sqlState(failure).ifPresent(state -> fields.put("sqlState", state));
        Throwable root = root(failure);
        fields.put("errorMessage", root.getClass().getSimpleName() + message(root).map(m -> ": " + m).orElse(""));
        fields.put("stackTrace", stackTrace(failure));
        return fields;
    }

    /** The message's first line, without JDBI's statement context, with quoted values as {@code "…"}. */
    static Optional<String> message(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return Optional.empty();
        }
        String firstLine = message.lines().findFirst().orElse("");
        int context = firstLine.indexOf(STATEMENT_CONTEXT);
        String kept = context < 0 ? firstLine : firstLine.substring(0, context);
        return Optional.of(QUOTED.matcher(kept.strip()).replaceAll("\"…\"")).filter(m -> !m.isEmpty());
    }

    private static Optional<String> sqlState(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }

    private static Throwable root(Throwable failure) {
        return chain(failure).getLast();
    }

    /** The failure and its causes, outermost first; a cause seen before ends it (a cycle). */
    private static List<Throwable> chain(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** As {@link Throwable#printStackTrace()} prints it, minus the messages. */
    private static String stackTrace(Throwable failure) {
        StringBuilder text = new StringBuilder();
        boolean first = true;
        for (Throwable t : chain(failure)) {
            text.append(first ? "" : "Caused by: ").append(t.getClass().getName()).append('\n');
            for (StackTraceElement frame : t.getStackTrace()) {
                text.append("\tat ").append(frame).append('\n');
            }
            first = false;
        }
        return text.toString();
    }
}
