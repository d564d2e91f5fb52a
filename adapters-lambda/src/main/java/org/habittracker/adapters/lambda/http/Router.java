package org.habittracker.adapters.lambda.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the route for a method and a normalised path. Routing is on method and path, never on API
 * Gateway's {@code routeKey}, which is {@code $default} behind a proxy integration.
 */
public final class Router {

    /** What a method and path lead to. */
    public sealed interface Match {
        record Found(Route route, Map<String, String> variables) implements Match {
        }

        record NoSuchPath() implements Match {
        }

        /** The path exists but not with this method; {@code allow} lists the methods it has. */
        record WrongMethod(String allow) implements Match {
        }
    }

    private final List<Route> routes;

    public Router(List<Route> routes) {
        List<Route> sorted = new ArrayList<>(routes);
        sorted.sort(Comparator.comparingInt((Route r) -> r.path().literalCount()).reversed());
        this.routes = List.copyOf(sorted);
    }

    public List<Route> routes() {
        return routes;
    }

    public Match match(String method, String path) {
        String effective = method.equals("HEAD") ? "GET" : method;
        Set<String> allowed = new LinkedHashSet<>();
        Optional<PathTemplate> matchedTemplate = Optional.empty();
        List<String> segments = PathTemplate.segmentsOf(path);
        for (Route route : routes) {
            Optional<Map<String, String>> variables = route.path().match(segments);
            if (variables.isEmpty()) {
                continue;
            }
            // A more literal template that matched (say /api/habits/order) hides the variable one behind it.
            if (matchedTemplate.isPresent() && !matchedTemplate.get().equals(route.path())) {
                continue;
            }
            matchedTemplate = Optional.of(route.path());
            if (route.method().equals(effective)) {
                return new Match.Found(route, variables.get());
            }
            allowed.add(route.method());
        }
        if (allowed.isEmpty()) {
            return new Match.NoSuchPath();
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        return new Match.WrongMethod(String.join(", ", allowed));
    }
}
