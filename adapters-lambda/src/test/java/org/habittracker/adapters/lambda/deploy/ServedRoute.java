package org.habittracker.adapters.lambda.deploy;

import java.util.List;

import org.habittracker.adapters.lambda.support.FakeBackedApi;

/**
 * A method and path template the handler answers, taken from its own route table, with the concrete
 * paths a client may send for it: the template with each variable filled in, and the same with a
 * trailing slash (the handler ignores empty segments, so {@code /health/} is {@code /health}).
 */
record ServedRoute(String method, String template) {

    /** The route table of the real handler (over in-memory ports: only the table is read). */
    static List<ServedRoute> fromHandler() {
        return new FakeBackedApi().handler().api().router().routes().stream()
                .map(route -> new ServedRoute(route.method(), route.path().template())).toList();
    }

    List<String> samplePaths() {
        String filled = template.replaceAll("\\{[^}/]+}", "x");
        return List.of(filled, filled + "/");
    }

    @Override
    public String toString() {
        return method + " " + template;
    }
}
