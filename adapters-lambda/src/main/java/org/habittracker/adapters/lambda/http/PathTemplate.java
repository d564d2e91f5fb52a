package org.habittracker.adapters.lambda.http;

import java.util.Arrays;
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
        return new PathTemplate(template, List.of(split(template)));
    }

    /** The variables of a matching path, or empty when the path does not have this shape. */
    public Optional<Map<String, String>> match(String path) {
        String[] parts = split(path);
        if (parts.length != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> variables = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i++) {
            String segment = segments.get(i);
            if (isVariable(segment)) {
                variables.put(segment.substring(1, segment.length() - 1), parts[i]);
            } else if (!segment.equals(parts[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(variables);
    }

    /** Literal segments rank before variables, so {@code /api/habits/order} wins over {@code /api/habits/{id}}. */
    public int literalCount() {
        return (int) segments.stream().filter(s -> !isVariable(s)).count();
    }

    private static boolean isVariable(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    private static String[] split(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }
}
