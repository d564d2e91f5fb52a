package org.habittracker.adapters.lambda.observability;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonGenerator;

import org.habittracker.adapters.lambda.json.JsonOutput;
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

    /** A metric CloudWatch takes from each line: the field's name and its unit. */
    private record Metric(String name, String unit) {
    }

    private static final List<Metric> METRICS = List.of(
            new Metric("Latency", "Milliseconds"),
            new Metric("Count4xx", "Count"),
            new Metric("Count5xx", "Count"),
            new Metric("CacheHits", "Count"),
            new Metric("CacheMisses", "Count"),
            new Metric("CacheFailures", "Count"));

    private static final List<String> DIMENSIONS = List.of("Service", "Environment");

    /** {@code ,"CloudWatchMetrics":[…]}: the directive after {@code Timestamp}, rendered from the lists above. */
    private static final String CLOUDWATCH_METRICS = "," + JsonOutput.write(RequestLog::writeDirective)
            .replaceFirst("^\\{", "").replaceFirst("}$", "");

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

    /** The {@code CloudWatchMetrics} member, as the only member of an object (whose braces are then cut off). */
    private static void writeDirective(JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeArrayFieldStart("CloudWatchMetrics");
        out.writeStartObject();
        out.writeStringField("Namespace", NAMESPACE);
        out.writeArrayFieldStart("Dimensions");
        out.writeStartArray();
        for (String dimension : DIMENSIONS) {
            out.writeString(dimension);
        }
        out.writeEndArray();
        out.writeEndArray();
        out.writeArrayFieldStart("Metrics");
        for (Metric metric : METRICS) {
            out.writeStartObject();
            out.writeStringField("Name", metric.name());
            out.writeStringField("Unit", metric.unit());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
        out.writeEndArray();
        out.writeEndObject();
    }

    /** Written streaming, as every request's line is, the first one included: no databind on that path. */
    public void record(Entry entry) {
        long timestamp = clock.millis();
        sink.accept(JsonOutput.write(out -> write(entry, timestamp, out)));
    }

    private void write(Entry entry, long timestamp, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeObjectFieldStart("_aws");
        out.writeNumberField("Timestamp", timestamp);
        // The same on every line, so written once (a fifth of the line's cost when it was generated each time).
        out.writeRaw(CLOUDWATCH_METRICS);
        out.writeEndObject();
        out.writeStringField("Service", "api");
        out.writeStringField("Environment", environment);
        out.writeStringField("level", entry.status() >= 500 ? "ERROR" : "INFO");
        out.writeStringField("message", "request");
        out.writeStringField("requestId", entry.requestId());
        out.writeStringField("method", entry.method());
        out.writeStringField("route", entry.route());
        out.writeNumberField("status", entry.status());
        out.writeNumberField("durationMs", entry.durationMs());
        JsonOutput.string(out, "userIdHash", entry.userId().map(UserIdHash::of));
        out.writeNumberField("Latency", entry.durationMs());
        out.writeNumberField("Count4xx", entry.status() >= 400 && entry.status() < 500 ? 1 : 0);
        out.writeNumberField("Count5xx", entry.status() >= 500 ? 1 : 0);
        out.writeNumberField("CacheHits", entry.cache().hits());
        out.writeNumberField("CacheMisses", entry.cache().misses());
        out.writeNumberField("CacheFailures", entry.cache().failures());
        // Server-side only: the client got the request id, the log gets the cause, without the user's content.
        if (entry.failure().isPresent()) {
            for (Map.Entry<String, String> field : RedactedFailure.fields(entry.failure().get()).entrySet()) {
                out.writeStringField(field.getKey(), field.getValue());
            }
        }
        out.writeEndObject();
    }
}
