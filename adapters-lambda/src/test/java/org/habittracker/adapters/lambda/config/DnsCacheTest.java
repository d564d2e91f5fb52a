package org.habittracker.adapters.lambda.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Security;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The JVM keeps DNS answers 10 s (ARCHITECTURE.md §4), set before the first look-up")
class DnsCacheTest {

    @Test
    @DisplayName("loading the handler class sets networkaddress.cache.ttl to 10 and the negative TTL to 1")
    void securityProperties() throws ClassNotFoundException {
        Class.forName("org.habittracker.adapters.lambda.ApiGatewayHandler");

        assertThat(Security.getProperty("networkaddress.cache.ttl")).isEqualTo("10");
        assertThat(Security.getProperty("networkaddress.cache.negative.ttl")).isEqualTo("1");
    }

    @Test
    @DisplayName("in a fresh JVM that loads the handler first, the JVM's own cache policy is 10 s, and 1 s for failures")
    void effectiveInFreshJvm() throws Exception {
        assertThat(probe("load-handler")).isEqualTo("policy 10 1");
    }

    @Test
    @DisplayName("the probe tells the difference: a fresh JVM that does not load the handler keeps the JDK's 30 s")
    void probeCanFail() throws Exception {
        assertThat(probe("nothing")).isEqualTo("policy 30 10");
    }

    /** Runs {@link DnsCacheProbe} in a new JVM (no JAVA_TOOL_OPTIONS, no -Dsun.net.inetaddr.ttl) and returns its line. */
    private static String probe(String mode) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-exports", "java.base/sun.net=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), DnsCacheProbe.class.getName(), mode));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the probe finished").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().filter(line -> line.startsWith("policy ")).findFirst().orElse(output);
    }
}
