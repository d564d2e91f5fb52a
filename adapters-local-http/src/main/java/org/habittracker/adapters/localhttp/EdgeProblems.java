package org.habittracker.adapters.localhttp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.habittracker.adapters.lambda.http.HttpApi;
import org.habittracker.adapters.lambda.http.HttpResponse;
import org.habittracker.adapters.lambda.http.HttpSettings;
import org.habittracker.adapters.lambda.http.Problem;

/**
 * The answers this server gives itself, for requests the handler never sees: Jetty refused them (malformed HTTP,
 * an ambiguous or control-character URI, headers too large), the body is past the bridge's ceiling, or something
 * broke in the server. They are the handler's kind of answer all the same: {@code application/problem+json} with a
 * request id, written by the handler's own {@link HttpApi#problem}, so a client meets one shape whoever answered.
 */
final class EdgeProblems {

    /**
     * The most any route takes (an import); a body past the bridge's ceiling is refused naming it. A smaller body
     * that is too large for its route gets the route's own limit from the handler.
     */
    static final int LARGEST_BODY = HttpSettings.IMPORT_BODY_LIMIT;

    private EdgeProblems() {
    }

    /** The problem for an HTTP status Jetty or the server chose; none of them echoes what the client sent. */
    static Problem forStatus(int status) {
        return switch (status) {
            case 404 -> Problem.notFound("No such resource.");
            case 413 -> Problem.tooLarge(LARGEST_BODY);
            case 414 -> Problem.of(414, "/problems/too-large", "URI too long",
                    "The request's URI is longer than this server takes.");
            case 431 -> Problem.of(431, "/problems/too-large", "Request headers too large",
                    "The request's headers are larger than this server takes.");
            default -> status >= 500
                    ? Problem.of(status, "/problems/internal", "Internal error", "Something went wrong on our side.")
                    : Problem.of(status, "/problems/bad-request", "Bad request",
                            "The request is not one this server reads: malformed HTTP, or a path with encoded dots,"
                                    + " slashes or control characters.");
        };
    }

    /** A body the client announced but did not send whole: cut off before its length, or broken chunked framing. */
    static Problem unreadableBody() {
        return Problem.of(400, "/problems/bad-request", "Bad request",
                "The request's body ended before the length it announced, or its chunked framing is broken.");
    }

    /** The response for a problem, under a request id of its own. */
    static HttpResponseSnapshot response(Problem problem) {
        HttpResponse response = HttpApi.problem(problem, UUID.randomUUID().toString());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.headers().forEach((name, value) -> headers.put(name, new ArrayList<>(List.of(value))));
        return new HttpResponseSnapshot(response.status(), headers, response.body().getBytes(StandardCharsets.UTF_8));
    }
}
