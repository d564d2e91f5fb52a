package org.habittracker.bench.coldstart;

import java.lang.management.ManagementFactory;

import org.habittracker.adapters.lambda.ApiGatewayHandler;
import org.habittracker.adapters.lambda.config.HabitsRuntime;
import org.habittracker.adapters.persistence.startup.SchemaMigration;

/**
 * One cold start of the real stack, in a fresh JVM: build the handler, answer {@code GET /api/habits} for the
 * session in {@code BENCH_SESSION}, print the time since the JVM started, exit.
 *
 * <p>Without arguments the handler is built as Lambda builds it (the no-argument constructor, configured from
 * the environment, with this code's start-up levers). Arguments turn levers off or on, one at a time, so that
 * each can be measured against the same jar:
 * <ul>
 * <li>{@code flyway-always}: Flyway at every start, instead of only when the schema is behind;</li>
 * <li>{@code redis-at-start}: Redis starts connecting while the handler is built, instead of after the first
 * answer;</li>
 * <li>{@code no-migrations}: neither Flyway nor the schema check (the floor of the database part).</li>
 * </ul>
 */
public final class ColdStartApp {

    private ColdStartApp() {
    }

    public static void main(String[] args) {
        String session = System.getenv("BENCH_SESSION");
        HabitsRuntime.Options options = HabitsRuntime.Options.defaults();
        for (String lever : args) {
            options = switch (lever) {
                case "flyway-always" -> options.withMigrations(SchemaMigration.ALWAYS);
                case "redis-at-start" -> options.withCacheAfterFirstAnswer(false);
                case "no-migrations" -> options.withMigrations(SchemaMigration.NEVER);
                default -> throw new IllegalArgumentException("unknown lever " + lever);
            };
        }
        ApiGatewayHandler handler = args.length == 0 ? new ApiGatewayHandler()
                : ApiGatewayHandler.fromEnvironment(System.getenv(), options);
        long built = System.currentTimeMillis();
        var response = handler.handleRequest(BoardRequest.event(session), null);
        long answered = System.currentTimeMillis();
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.err.println("coldstart app status=" + response.getStatusCode() + " builtMs=" + (built - start)
                + " answeredMs=" + (answered - start) + " answeredAt=" + answered);
        // After that line, which ends the class count: the management classes this loads are not counted. All
        // the JVM's threads (the compiler's too), a few milliseconds after the answer; and the main thread's (the
        // path the answer waits for), which includes printing that line and loading the management classes: the
        // same few milliseconds in every variant.
        long mainCpuNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long cpuMs = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
        System.err.println("coldstart cpu cpuMs=" + cpuMs + " mainCpuMs=" + mainCpuNanos / 1_000_000);
        if (response.getStatusCode() != 200 || !response.getBody().contains("\"habits\"")) {
            System.err.println(response.getBody());
            System.exit(1);
        }
        System.exit(0);
    }
}
