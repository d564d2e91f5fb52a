package org.habittracker.adapters.lambda.config;

import org.jdbi.v3.core.statement.internal.JfrSupport;

/**
 * Run in a JVM of its own by {@link FlightRecorderApiTest}: optionally switches the API off as the Lambda handler
 * does, then prints whether JDBI sees a flight recorder (whether its first statement would register its event).
 */
public final class FlightRecorderApiProbe {

    private FlightRecorderApiProbe() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("lambda")) {
            FlightRecorderApi.offUnlessSet();
        }
        System.out.println("recorder " + JfrSupport.isFlightRecorderAvailable());
    }
}
