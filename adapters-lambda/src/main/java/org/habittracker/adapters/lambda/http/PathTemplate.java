package org.habittracker.adapters.lambda.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A route's path such as {@code /api/habits/{id}/checkins/{day}}: literal segments and named variables. */
public record PathTemplate(String template, List<String> segments) {

    public static PathTemplate of(String template) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("a path template starts with '/': " + template);
        }
        return new PathTemplate(template, segmentsOf(template));
    }

    /** The variables of a matching path, or empty when the path does not have this shape. */
    public Optional<Map<String, String>> match(String path) {
        return match(segmentsOf(path));
    }

    /**
     * As {@link #match(String)}, for a path already cut into its segments ({@link #segmentsOf}): the router cuts
     * a request's path once, not once for each of its routes.
     */
    public Optional<Map<String, String>> match(List<String> parts) {
        if (parts.size() != segments.size()) {
            return Optional.empty();
        }
        for (int i = 0; i < parts.size(); i++) {
            String segment = segments.get(i);
            if (!isVariable(segment) && !segment.equals(parts.get(i))) {
                return Optional.empty();
            }
        }
        Map<String, String> variables = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            String segment = segments.get(i);
            if (isVariable(segment)) {
                variables.put(segment.substring(1, segment.length() - 1), parts.get(i));
            }
        }
        return Optional.of(variables);
    }

    /** Literal segments rank before variables, so {@code /api/habits/order} wins over {@code /api/habits/{id}}. */
    public int literalCount() {
        return (int) segments.stream().filter(s -> !isVariable(s)).count();
    }

    /** The non-empty segments between slashes: {@code /api//habits/} has two, {@code api} and {@code habits}. */
    public static List<String> segmentsOf(String path) {
        List<String> parts = new ArrayList<>(8);
        int start = 0;
        for (int i = 0; i <= path.length(); i++) {
            if (i == path.length() || path.charAt(i) == '/') {
                if (i > start) {
                    parts.add(path.substring(start, i));
                }
                start = i + 1;
            }
        }
        return List.copyOf(parts);
    }

    private static boolean isVariable(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }
}
