package org.habittracker.adapters.lambda.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.habittracker.adapters.lambda.config.HabitsConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Docker Compose file")
class ComposeEnvironmentTest {

    private static final ComposeFile COMPOSE = ComposeFile.load(Repository.locate().composeFile());

    @Test
    @DisplayName("gives the app every variable the code and the local server read, and nothing else")
    void environmentIsWhatTheCodeReads() {
        assertThat(DeploymentRules.localEnvironment(COMPOSE.appEnvironment().keySet(), HabitsConfig.VARIABLES)).isEmpty();
    }

    @Test
    @DisplayName("publishes the port the app is told to listen on")
    void publishesTheAppsPort() {
        assertThat(COMPOSE.containerPorts()).contains(COMPOSE.appEnvironment().get("PORT"));
    }

    @Test
    @DisplayName("builds an image that listens on that port and whose health check asks a path the handler serves")
    void imageHealthCheckAsksAServedPath() throws IOException {
        String dockerfile = Files.readString(Repository.locate().root().resolve("compose/Dockerfile"));
        Matcher healthCheck = Pattern.compile("HEALTHCHECK[^\\n]*\\\\\\s*\\n\\s*CMD .*GET (/\\S*) HTTP").matcher(dockerfile);
        Matcher exposed = Pattern.compile("(?m)^EXPOSE (\\d+)$").matcher(dockerfile);

        assertThat(healthCheck.find()).as("a HEALTHCHECK asking GET <path>").isTrue();
        assertThat(ServedRoute.fromHandler()).as("the handler's routes")
                .anyMatch(route -> route.method().equals("GET") && route.template().equals(healthCheck.group(1)));
        assertThat(exposed.find()).as("an EXPOSE line").isTrue();
        assertThat(exposed.group(1)).isEqualTo(COMPOSE.appEnvironment().get("PORT"));
    }

    @Test
    @DisplayName("turns Secure cookies off, since it serves plain http://localhost")
    void cookiesAreNotSecureOverPlainHttp() {
        assertThat(COMPOSE.appEnvironment()).containsEntry(HabitsConfig.COOKIE_SECURE, "false");
    }

    @Test
    @DisplayName("check refuses an app environment that misses a variable, uses the Lambda-only secret or adds an unknown one")
    void checkRefusesAWrongEnvironment() {
        ComposeFile wrong = ComposeFile.parse("""
                services:
                  app:
                    environment:
                      - HABITS_DB_URL=jdbc:postgresql://postgres:5432/habits
                      - HABITS_DB_USER=habits
                      - HABITS_DB_SECRET_ARN=arn:aws:secretsmanager:us-east-1:123456789012:secret:db
                      - HABITS_DB_POOL_SIZE=10
                      - HABITS_ALLOWED_ORIGINS=http://localhost:8080
                      - HABITS_COOKIE_SECURE=false
                      - HABITS_ENVIRONMENT=compose
                      - HABITS_DATADIR=/data
                      - PORT=8080
                """);

        assertThat(DeploymentRules.localEnvironment(wrong.appEnvironment().keySet(), HabitsConfig.VARIABLES))
                .containsExactlyInAnyOrder(
                        "HABITS_DB_PASSWORD is read by the code but not set for the app",
                        "HABITS_REDIS_URL is read by the code but not set for the app",
                        "HABITS_DATA_DIR is read by the local server but not set for the app",
                        "HABITS_DB_SECRET_ARN is set, but the secrets extension exists only in Lambda: give HABITS_DB_PASSWORD instead",
                        "HABITS_DATADIR is set for the app but neither the code nor the local server reads it");
    }
}
