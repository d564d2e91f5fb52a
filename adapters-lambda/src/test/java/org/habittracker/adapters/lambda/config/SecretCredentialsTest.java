package org.habittracker.adapters.lambda.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.plugin.AuthenticationRequestType;
import org.postgresql.util.PSQLException;

import org.habittracker.adapters.lambda.support.FakeSecretsExtension;

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

    @Test
    @DisplayName("the driver's plugin hands out the registered secret's password for the connection naming it")
    void pluginGivesPassword() throws PSQLException {
        try (SecretPasswordPlugin.Registration registration = SecretPasswordPlugin.register(credentials)) {
            String url = registration.apply("jdbc:postgresql://db.example:5432/habits?sslmode=verify-full");
            Properties properties = org.postgresql.Driver.parseURL(url, null);

            assertThat(url).contains("authenticationPluginClassName=" + SecretPasswordPlugin.class.getName());
            assertThat(new SecretPasswordPlugin(properties).getPassword(AuthenticationRequestType.SASL))
                    .containsExactly("first-password".toCharArray());
            assertThat(extension.reads()).isOne();
        }
    }

    @Test
    @DisplayName("a connection naming no registered secret fails with why, as does a secret that cannot be read")
    void pluginRefusesUnknownReference() {
        Properties unknown = new Properties();
        unknown.setProperty(SecretPasswordPlugin.REFERENCE_PROPERTY, "no-such-registration");
        assertThatThrownBy(() -> new SecretPasswordPlugin(unknown).getPassword(AuthenticationRequestType.SASL))
                .isInstanceOf(PSQLException.class).hasMessageContaining("no database secret is registered");

        try (SecretPasswordPlugin.Registration registration = SecretPasswordPlugin.register(credentials)) {
            Properties properties = org.postgresql.Driver.parseURL(registration.apply("jdbc:postgresql://h/d"), null);
            extension.close();
            assertThatThrownBy(() -> new SecretPasswordPlugin(properties).getPassword(AuthenticationRequestType.SASL))
                    .isInstanceOf(PSQLException.class).hasMessageContaining("HABITS_DB_SECRET_ARN");
        }
    }

    @Test
    @DisplayName("a closed registration no longer answers")
    void closedRegistration() {
        SecretPasswordPlugin.Registration registration = SecretPasswordPlugin.register(credentials);
        Properties properties = org.postgresql.Driver.parseURL(registration.apply("jdbc:postgresql://h/d"), null);
        registration.close();

        assertThatThrownBy(() -> new SecretPasswordPlugin(properties).getPassword(AuthenticationRequestType.SASL))
                .isInstanceOf(PSQLException.class);
    }

    @Test
    @DisplayName("refusals are recognised by SQLState 28P01 and 28000 anywhere in the causes, and nothing else is")
    void authenticationFailures() {
        var refused = new RuntimeException("pool timeout", new java.sql.SQLTransientConnectionException("timeout",
                "08001", new java.sql.SQLException("password authentication failed", "28P01")));
        var noRole = new java.sql.SQLException("role does not exist", "28000");
        var other = new RuntimeException(new java.sql.SQLException("connection refused", "08001"));

        assertThat(AuthenticationFailures.in(refused)).isTrue();
        assertThat(AuthenticationFailures.in(noRole)).isTrue();
        assertThat(AuthenticationFailures.in(other)).isFalse();
        assertThat(AuthenticationFailures.in(new IllegalStateException())).isFalse();
    }
}
