package org.habittracker.adapters.lambda.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("In Lambda the flight recorder API is off unless a recording started with the JVM (cold start)")
class FlightRecorderApiTest {

    @Test
    @DisplayName("after the Lambda switch no recorder is available, so JDBI registers no JFR event")
    void offInLambda() throws Exception {
        assertThat(probe(List.of(), "lambda")).isEqualTo("recorder false");
    }

    @Test
    @DisplayName("the probe tells the difference: without the switch the recorder is available")
    void probeCanFail() throws Exception {
        assertThat(probe(List.of(), "nothing")).isEqualTo("recorder true");
    }

    @Test
    @DisplayName("a recording started with the JVM keeps the recorder, and JDBI's events with it")
    void recordingAtStartKeepsIt() throws Exception {
        assertThat(probe(List.of("-XX:StartFlightRecording:disk=false,maxsize=1m"), "lambda"))
                .isEqualTo("recorder true");
    }

    @Test
    @DisplayName("-Djfr.unsupported.vm=false keeps the recorder")
    void explicitPropertyWins() throws Exception {
        assertThat(probe(List.of("-D" + FlightRecorderApi.PROPERTY + "=false"), "lambda")).isEqualTo("recorder true");
    }

    /** Runs {@link FlightRecorderApiProbe} in a new JVM (no JAVA_TOOL_OPTIONS) and returns its line. */
    private static String probe(List<String> jvmOptions, String mode) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), FlightRecorderApiProbe.class.getName(),
                mode));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .directory(Path.of(System.getProperty("java.io.tmpdir")).toFile());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the probe finished").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().filter(line -> line.startsWith("recorder ")).findFirst().orElse(output);
    }
}
