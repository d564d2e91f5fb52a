package org.habittracker.bench.coldstart;

import java.lang.management.ManagementFactory;

/** One cold start of the floor: build the hello handler, answer one event, exit. */
public final class ColdStartHello {

    private ColdStartHello() {
    }

    public static void main(String[] args) {
        var response = new HelloHandler().handleRequest(BoardRequest.event("none"), null);
        long answered = System.currentTimeMillis();
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.err.println("coldstart hello status=" + response.getStatusCode() + " answeredMs=" + (answered - start)
                + " answeredAt=" + answered);
        System.exit(response.getStatusCode() == 200 ? 0 : 1);
    }
}
