package org.habittracker.adapters.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.habittracker.adapters.lambda.config.HabitsRuntime;
import org.habittracker.adapters.lambda.observability.RequestLog;
import org.habittracker.adapters.lambda.support.ApiResponse;
import org.habittracker.adapters.lambda.support.Events;
import org.habittracker.adapters.lambda.support.RealServices;
import org.habittracker.adapters.persistence.secret.FakeContainerCredentials;
import org.habittracker.adapters.persistence.secret.FakeSecretsExtension;

/**
 * Issue 18: a SnapStart function with its database password in a secret. During a version's init Lambda sets no
 * {@code AWS_SESSION_TOKEN}, and its container credentials serve only after a restore; the secrets extension wants
 * that session token. So the handler must be built and primed without reading either, and read both on the first
 * request after the restore. Real PostgreSQL, the fake extension and a fake credentials endpoint.
 */
@DisplayName("SnapStart with a database secret: nothing read during init, the token and the secret after restore")
class SnapStartCredentialsIT {

    private static final String ARN = "arn:aws:secretsmanager:eu-central-1:1:secret:db";
    private static final String RESTORED_TOKEN = "token-of-the-restored-environment";

    private final List<String> log = new CopyOnWriteArrayList<>();
    private final FakeCracContext crac = new FakeCracContext();
    private RealServices.Schema schema;
    private FakeContainerCredentials credentials;
    private FakeSecretsExtension extension;
    private ApiGatewayHandler handler;

    @BeforeEach
    void publishVersion() {
        schema = RealServices.freshSchema();
        Map<String, String> env = new HashMap<>(RealServices.environment(schema));
        // The test server's own credentials, served as the secret instead of set as variables.
        String password = Optional.ofNullable(env.remove("HABITS_DB_PASSWORD")).orElse("unused-by-a-trusting-server");
        String user = Optional.ofNullable(env.get("HABITS_DB_USER"))
                .orElseGet(() -> env.get("HABITS_DB_URL").replaceAll(".*[?&]user=([^&]+).*", "$1"));
        credentials = new FakeContainerCredentials("container-authorization", RESTORED_TOKEN);
        extension = new FakeSecretsExtension(ARN, RESTORED_TOKEN, FakeSecretsExtension.credentials(user, password));
        env.putAll(credentials.snapStartEnvironment()); // and no AWS_SESSION_TOKEN
        env.put("PARAMETERS_SECRETS_EXTENSION_HTTP_PORT", Integer.toString(extension.port()));
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start");
        env.put("HABITS_DB_SECRET_ARN", ARN);
        env.put("HABITS_DB_POOL_SIZE", "1");
        handler = new ApiGatewayHandler(env, HabitsRuntime.Options.defaults(),
                new RequestLog(log::add, Clock.systemUTC(), "test"), crac);
    }

    @AfterEach
    void close() {
        handler.close();
        extension.close();
        credentials.close();
        schema.close();
    }

    @Test
    @DisplayName("building the handler and priming it ask neither the credentials endpoint nor the extension")
    void nothingReadDuringInit() throws Exception {
        crac.checkpoint();

        assertThat(credentials.requests()).isZero();
        assertThat(extension.reads()).isZero();
        assertThat(log).isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain("\"status\":5"));
    }

    @Test
    @DisplayName("the first request after restore reads the token and the secret, and reaches the database")
    void firstRequestAfterRestore() throws Exception {
        crac.checkpoint();
        credentials.restore();
        crac.restore();

        ApiResponse registered = send(Events.request("POST", "/api/auth/register")
                .json("{\"username\":\"snapcred" + System.nanoTime() % 10000
                        + "\",\"password\":\"correct horse battery\",\"timeZone\":\"UTC\"}").build());
        assertThat(registered.status()).isEqualTo(201);
        assertThat(send(Events.request("GET", "/api/habits").session(registered.sessionToken().orElseThrow())
                .build()).status()).isEqualTo(200);
        assertThat(credentials.requests()).isPositive();
        assertThat(extension.reads()).isPositive();
    }

    @Test
    @DisplayName("the snapshot holds no copy of the password, even after a request during init would have read it")
    void noPasswordInTheSnapshot() throws Exception {
        crac.checkpoint();

        assertThat(handler.runtime().orElseThrow().credentials().orElseThrow().held()).isFalse();
        assertThat(handler.runtime().orElseThrow().openConnections()).isZero();
    }

    private ApiResponse send(com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent event) {
        return new ApiResponse(handler.handleRequest(event, null));
    }
}
