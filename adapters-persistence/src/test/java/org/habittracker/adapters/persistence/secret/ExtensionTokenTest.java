package org.habittracker.adapters.persistence.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The secrets extension's token: asked for when a secret is read, from where Lambda puts it")
class ExtensionTokenTest {

    @Test
    @DisplayName("an on-demand function's token is AWS_SESSION_TOKEN")
    void sessionVariable() {
        assertThat(ExtensionToken.fromEnvironment(Map.of("AWS_SESSION_TOKEN", "on-demand")).current())
                .isEqualTo("on-demand");
    }

    @Test
    @DisplayName("a SnapStart function's token is the container credentials' Token, asked for at each read")
    void containerCredentials() {
        try (FakeContainerCredentials endpoint = new FakeContainerCredentials("auth", "restored-token")) {
            ExtensionToken token = ExtensionToken.fromEnvironment(endpoint.snapStartEnvironment());
            endpoint.restore();

            assertThat(token.current()).isEqualTo("restored-token");
            assertThat(token.current()).isEqualTo("restored-token");
            assertThat(endpoint.requests()).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("building the token source asks the endpoint nothing: a version's init has no credentials")
    void nothingAskedAtInit() {
        try (FakeContainerCredentials endpoint = new FakeContainerCredentials("auth", "restored-token")) {
            ExtensionToken.fromEnvironment(endpoint.snapStartEnvironment());

            assertThat(endpoint.requests()).isZero();
        }
    }

    @Test
    @DisplayName("the container credentials win over a session token frozen into a snapshot")
    void containerCredentialsFirst() {
        try (FakeContainerCredentials endpoint = new FakeContainerCredentials("auth", "restored-token")) {
            Map<String, String> env = new HashMap<>(endpoint.snapStartEnvironment());
            env.put("AWS_SESSION_TOKEN", "stale");
            endpoint.restore();

            assertThat(ExtensionToken.fromEnvironment(env).current()).isEqualTo("restored-token");
        }
    }

    @Test
    @DisplayName("an endpoint that does not serve yet is a secret that cannot be read, with its status")
    void notServedYet() {
        try (FakeContainerCredentials endpoint = new FakeContainerCredentials("auth", "restored-token")) {
            ExtensionToken token = ExtensionToken.fromEnvironment(endpoint.snapStartEnvironment());

            assertThatThrownBy(token::current).isInstanceOf(SecretUnavailableException.class).hasMessageContaining("503");
        }
    }

    @Test
    @DisplayName("a wrong authorization token is refused with the status and no body")
    void wrongAuthorization() {
        try (FakeContainerCredentials endpoint = new FakeContainerCredentials("auth", "restored-token")) {
            Map<String, String> env = new HashMap<>(endpoint.snapStartEnvironment());
            env.put("AWS_CONTAINER_AUTHORIZATION_TOKEN", "wrong");
            endpoint.restore();

            assertThatThrownBy(ExtensionToken.fromEnvironment(env)::current)
                    .isInstanceOf(SecretUnavailableException.class).hasMessage("the container credentials endpoint answered 401");
        }
    }

    @Test
    @DisplayName("outside Lambda neither variable is set, and both are named")
    void outsideLambda() {
        assertThatThrownBy(() -> ExtensionToken.fromEnvironment(Map.of()))
                .isInstanceOf(SecretUnavailableException.class).hasMessageContaining("AWS_SESSION_TOKEN")
                .hasMessageContaining("AWS_CONTAINER_CREDENTIALS_FULL_URI");
    }
}
