package org.habittracker.bench.coldstart;

import java.lang.management.ManagementFactory;

import org.habittracker.adapters.lambda.ApiGatewayHandler;
import org.habittracker.adapters.lambda.config.HabitsRuntime;

/**
 * One cold start of the real stack, in a fresh JVM: build the handler as Lambda does (the no-argument
 * constructor, configured from the environment), answer {@code GET /api/habits} for the session in
 * {@code BENCH_SESSION}, print the time since the JVM started, exit. With the argument
 * {@code no-migrations} the handler is built the same way but without Flyway's start-up check.
 */
public final class ColdStartApp {

    private ColdStartApp() {
    }

    public static void main(String[] args) {
        String session = System.getenv("BENCH_SESSION");
        boolean migrations = args.length == 0 || !args[0].equals("no-migrations");
        ApiGatewayHandler handler = migrations ? new ApiGatewayHandler()
                : ApiGatewayHandler.fromEnvironment(System.getenv(),
                        HabitsRuntime.Options.defaults().withRunMigrations(false));
        long built = System.currentTimeMillis();
        var response = handler.handleRequest(BoardRequest.event(session), null);
        long answered = System.currentTimeMillis();
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.err.println("coldstart app status=" + response.getStatusCode() + " builtMs=" + (built - start)
                + " answeredMs=" + (answered - start) + " answeredAt=" + answered);
        if (response.getStatusCode() != 200 || !response.getBody().contains("\"habits\"")) {
            System.err.println(response.getBody());
            System.exit(1);
        }
        System.exit(0);
    }
}
