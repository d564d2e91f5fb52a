package org.habittracker.adapters.lambda.config;

import jdk.jfr.FlightRecorder;

/**
 * Run in a JVM of its own by {@link FlightRecorderApiTest}: optionally switches the API off as the Lambda handler
 * does, then prints whether the JDK says a flight recorder is available: what JDBI asks (its {@code JfrSupport})
 * before its first statement registers its JFR event, read here through the JDK's API rather than JDBI's internals.
 */
public final class FlightRecorderApiProbe {

    private FlightRecorderApiProbe() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("lambda")) {
            FlightRecorderApi.offUnlessSet();
        }
        System.out.println("recorder " + FlightRecorder.isAvailable());
    }
}
