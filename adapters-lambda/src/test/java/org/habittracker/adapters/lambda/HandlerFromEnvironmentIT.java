package org.habittracker.adapters.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.habittracker.adapters.lambda.config.ConfigurationException;
import org.habittracker.adapters.lambda.config.HabitsRuntime;
import org.habittracker.adapters.lambda.support.ApiResponse;
import org.habittracker.adapters.lambda.support.Events;
import org.habittracker.adapters.lambda.support.RealApi;
import org.habittracker.adapters.lambda.support.RealServices;
import org.habittracker.adapters.persistence.secret.FakeSecretsExtension;

@DisplayName("The handler built from environment variables, as Lambda and the local server build it")
class HandlerFromEnvironmentIT {

    @Test
    @DisplayName("with a pool of one (as in Lambda) it migrates a fresh schema, starts and answers")
    void poolOfOne() {
        try (RealApi api = new RealApi(Map.of("HABITS_DB_POOL_SIZE", "1"))) {
            ApiResponse health = api.send(Events.request("GET", "/health"));
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().get("services").get("database").get("status").asText()).isEqualTo("healthy");

            String session = api.register("pool" + System.nanoTime() % 100000);
            assertThat(api.send(Events.request("GET", "/api/habits").session(session)).status()).isEqualTo(200);
        }
    }

    @Test
    @DisplayName("health reports healthy once Redis has connected in the background")
    void cacheUp() throws InterruptedException {
        try (RealApi api = new RealApi()) {
            String status = "";
            for (int i = 0; i < 50 && !status.equals("healthy"); i++) {
                status = api.send(Events.request("GET", "/health")).json().get("status").asText();
                Thread.sleep(100);
            }
            assertThat(status).isEqualTo("healthy");
        }
    }

    @Test
    @DisplayName("building the handler starts nothing of Redis; the first answer is made from the database, then Redis starts")
    void redisStartsAfterFirstAnswer() throws InterruptedException {
        try (RealApi api = new RealApi()) {
            HabitsRuntime runtime = api.handler().runtime().orElseThrow();
            assertThat(runtime.cacheStarted()).isFalse();

            ApiResponse first = api.send(Events.request("GET", "/api/auth/check").build());

            assertThat(first.status()).isEqualTo(200);
            // On a thread of its own, so that the answer is returned without waiting for the Lettuce client.
            for (int i = 0; i < 100 && !runtime.cacheStarted(); i++) {
                Thread.sleep(50);
            }
            assertThat(runtime.cacheStarted()).isTrue();
        }
    }

    @Test
    @DisplayName("without Redis the cache is disabled, health stays healthy (nothing configured fails), and requests work")
    void noRedis() {
        try (RealApi api = new RealApi(Map.of("HABITS_REDIS_URL", ""))) {
            ApiResponse health = api.send(Events.request("GET", "/health"));
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().get("status").asText()).isEqualTo("healthy");
            assertThat(health.json().get("services").get("cache").get("status").asText()).isEqualTo("disabled");
            String session = api.register("noredis" + System.nanoTime() % 100000);
            assertThat(api.send(Events.request("GET", "/api/habits").session(session)).status()).isEqualTo(200);
        }
    }

    @Test
    @DisplayName("credentials from HABITS_DB_SECRET_ARN through the secrets extension reach the database")
    void credentialsFromSecret() {
        try (RealServices.Schema schema = RealServices.freshSchema()) {
            Map<String, String> env = RealServices.environment(schema);
            // The test server's own credentials, served as the secret instead of set as variables.
            String password = Optional.ofNullable(env.remove("HABITS_DB_PASSWORD")).orElse("unused-by-a-trusting-server");
            String user = Optional.ofNullable(env.get("HABITS_DB_USER"))
                    .orElseGet(() -> env.get("HABITS_DB_URL").replaceAll(".*[?&]user=([^&]+).*", "$1"));
            String arn = "arn:aws:secretsmanager:eu-central-1:1:secret:db";
            try (FakeSecretsExtension extension = new FakeSecretsExtension(arn, "session-token",
                    FakeSecretsExtension.credentials(user, password))) {
                env.putAll(extension.lambdaEnvironment());
                env.put("HABITS_DB_SECRET_ARN", arn);
                try (ApiGatewayHandler handler = ApiGatewayHandler.fromEnvironment(env)) {
                    ApiResponse health = new ApiResponse(handler.handleRequest(Events.request("GET", "/health").build(), null));
                    assertThat(health.status()).isEqualTo(200);
                    assertThat(health.json().get("services").get("database").get("status").asText()).isEqualTo("healthy");
                }
            }
        }
    }

    @Test
    @DisplayName("a secret outside Lambda (no session token for the extension) fails the start naming the variable")
    void secretWithoutExtension() {
        assertThatThrownBy(() -> ApiGatewayHandler.fromEnvironment(Map.of("HABITS_DB_URL", "jdbc:postgresql://h/d",
                "HABITS_DB_USER", "u", "HABITS_DB_SECRET_ARN", "arn:aws:secretsmanager:eu-central-1:1:secret:db")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("HABITS_DB_SECRET_ARN").hasMessageContaining("AWS_SESSION_TOKEN");
    }

    @Test
    @DisplayName("a bad environment fails the start naming every bad variable")
    void badEnvironment() {
        assertThatThrownBy(() -> ApiGatewayHandler.fromEnvironment(Map.of("HABITS_DB_POOL_SIZE", "0",
                "HABITS_REDIS_URL", "memcached://x")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("HABITS_DB_URL").hasMessageContaining("HABITS_DB_POOL_SIZE")
                .hasMessageContaining("HABITS_REDIS_URL");
    }
}
