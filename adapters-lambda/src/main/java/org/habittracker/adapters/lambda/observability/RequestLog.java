package org.habittracker.adapters.lambda.observability;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.habittracker.adapters.lambda.json.Json;
import org.habittracker.domain.user.UserId;

/**
 * One JSON line per request on stdout, which is also a CloudWatch Embedded Metric Format document: the
 * {@code _aws} member tells CloudWatch to turn {@code Latency}, {@code Count4xx}, {@code Count5xx} and the
 * cache counters into metrics (no AWS SDK, no extra call), by {@code Service} and {@code Environment} (the
 * deployment's name, which the alarms select on). The line holds the request id, method, route
 * template, status, duration and a hash of the user id: never a cookie, token, body or password, and a failure
 * only as {@link RedactedFailure} keeps it (no user content, no bound SQL arguments).
 *
 * <p>{@code CacheHits} and {@code CacheMisses} are this request's own (read models and session look-ups answered by
 * Redis, and by the database: misses, and look-ups while Redis is not usable), counted on the request's thread
 * ({@link RequestCacheCounts}). {@code CacheFailures} are the Redis failures the cache counted since the previous
 * line ({@link UnreportedFailures}): each failure is on exactly one line, so sums over lines are exact, but with
 * concurrent requests not necessarily on the line of the request that met it.
 */
public final class RequestLog {

    public static final String NAMESPACE = "HabitTracker";

    /** What one request leaves in the log; {@code cache} holds its hits and misses, and the failures it reports. */
    public record Entry(String requestId, String method, String route, int status, long durationMs,
            Optional<UserId> userId, CacheCounters.Snapshot cache, Optional<Throwable> failure) {
    }

    private static final List<Map<String, String>> METRICS = List.of(
            Map.of("Name", "Latency", "Unit", "Milliseconds"),
            Map.of("Name", "Count4xx", "Unit", "Count"),
            Map.of("Name", "Count5xx", "Unit", "Count"),
            Map.of("Name", "CacheHits", "Unit", "Count"),
            Map.of("Name", "CacheMisses", "Unit", "Count"),
            Map.of("Name", "CacheFailures", "Unit", "Count"));

    private static final List<List<String>> DIMENSIONS = List.of(List.of("Service", "Environment"));

    private final Consumer<String> sink;
    private final Clock clock;
    private final String environment;

    /** @param environment the value of the {@code Environment} dimension ({@code HABITS_ENVIRONMENT}) */
    public RequestLog(Consumer<String> sink, Clock clock, String environment) {
        this.sink = sink;
        this.clock = clock;
        this.environment = environment;
    }

    /** Lambda collects stdout into CloudWatch Logs; each println is one event. */
    public static RequestLog toStdout(String environment) {
        return new RequestLog(System.out::println, Clock.systemUTC(), environment);
    }

    public void record(Entry entry) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("_aws", Map.of("Timestamp", clock.millis(), "CloudWatchMetrics", List.of(Map.of(
                "Namespace", NAMESPACE,
                "Dimensions", DIMENSIONS,
                "Metrics", METRICS))));
        line.put("Service", "api");
        line.put("Environment", environment);
        line.put("level", entry.status() >= 500 ? "ERROR" : "INFO");
        line.put("message", "request");
        line.put("requestId", entry.requestId());
        line.put("method", entry.method());
        line.put("route", entry.route());
        line.put("status", entry.status());
        line.put("durationMs", entry.durationMs());
        entry.userId().ifPresent(id -> line.put("userIdHash", UserIdHash.of(id)));
        line.put("Latency", entry.durationMs());
        line.put("Count4xx", entry.status() >= 400 && entry.status() < 500 ? 1 : 0);
        line.put("Count5xx", entry.status() >= 500 ? 1 : 0);
        line.put("CacheHits", entry.cache().hits());
        line.put("CacheMisses", entry.cache().misses());
        line.put("CacheFailures", entry.cache().failures());
        // Server-side only: the client got the request id, the log gets the cause, without the user's content.
        entry.failure().ifPresent(failure -> line.putAll(RedactedFailure.fields(failure)));
        sink.accept(Json.write(line));
    }
}
