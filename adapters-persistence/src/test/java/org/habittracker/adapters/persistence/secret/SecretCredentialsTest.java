package org.habittracker.adapters.persistence.secret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Database credentials from a secret: read on first use, read again after a rotation")
class SecretCredentialsTest {

    private static final String ARN = "arn:aws:secretsmanager:eu-central-1:1:secret:habits/db";
    private static final String TOKEN = "session-token";

    private final FakeSecretsExtension extension = new FakeSecretsExtension(ARN, TOKEN,
            FakeSecretsExtension.credentials("habits_admin", "first-password"));
    private final SecretCredentials credentials = new SecretCredentials(
            () -> SecretsExtensionClient.fromEnvironment(extension.lambdaEnvironment()), ARN, false);

    @AfterEach
    void stop() {
        extension.close();
    }

    @Test
    @DisplayName("nothing is read until the password is first needed, and then only once")
    void readOnFirstUse() {
        assertThat(extension.reads()).isZero();
        assertThat(credentials.held()).isFalse();

        assertThat(credentials.current().password()).isEqualTo("first-password");
        assertThat(credentials.current().password()).isEqualTo("first-password");

        assertThat(extension.reads()).isOne();
        assertThat(credentials.reads()).isOne();
    }

    @Test
    @DisplayName("after a rotation, refresh reads the new password and later uses get it")
    void refreshAfterRotation() {
        credentials.current();
        extension.serve(FakeSecretsExtension.credentials("habits_admin", "rotated-password"));

        assertThat(credentials.current().password()).as("the copy held is used until refreshed")
                .isEqualTo("first-password");
        assertThat(credentials.refresh().password()).isEqualTo("rotated-password");
        assertThat(credentials.current().password()).isEqualTo("rotated-password");
        assertThat(extension.reads()).isEqualTo(2);
    }

    @Test
    @DisplayName("forget drops the copy (before a SnapStart checkpoint), and the next use reads the secret again")
    void forget() {
        credentials.current();
        extension.serve(FakeSecretsExtension.credentials("habits_admin", "rotated-password"));

        credentials.forget();

        assertThat(credentials.held()).isFalse();
        assertThat(credentials.current().password()).isEqualTo("rotated-password");
    }
}
