package org.habittracker.adapters.lambda.config;

/**
 * In Lambda, the JDK's Flight Recorder API is switched off unless a recording was started with the JVM. JDBI
 * registers a JFR event class ({@code JdbiStatementEvent}) on its first statement whenever the API says the
 * recorder is available, and that registration initialises JFR's whole metadata repository: some 120 classes
 * of {@code jdk.jfr}, read and linked while the warm-up thread holds the pool's one connection, which the first
 * request then waits for (docs/PERFORMANCE.md §9). No recording can be started in a Lambda sandbox after the
 * JVM has (there is no {@code jcmd}), so the events could never be recorded there.
 *
 * <p>How: the JDK's {@code jfr.unsupported.vm} property, read once when the recorder's API is first used, makes
 * that API behave as on a JVM without JFR ({@code FlightRecorder.isAvailable()} false, {@code register} a no-op;
 * JDBI then uses its no-op event). A recording started with the JVM ({@code -XX:StartFlightRecording}, say in
 * {@code JAVA_TOOL_OPTIONS}) has read it before any code of ours runs, so it keeps JFR, JDBI's events included;
 * so does {@code -Djfr.unsupported.vm=false}. The local server, a long-running process, keeps the API.
 */
public final class FlightRecorderApi {

    static final String PROPERTY = "jfr.unsupported.vm";

    private FlightRecorderApi() {
    }

    /** Switches the API off unless the property is set already; before the first statement (the handler's start). */
    public static void offUnlessSet() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "true");
        }
    }
}
