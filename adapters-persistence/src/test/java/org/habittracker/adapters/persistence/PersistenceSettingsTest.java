package org.habittracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PersistenceSettingsTest {
    private static final String URL = "jdbc:postgresql://db.example:5432/habits?sslmode=verify-full";

    @Test
    @DisplayName("the defaults are a small pool, waits of seconds rather than Hikari's 30 s, and migrations on")
    void defaults() {
        PersistenceSettings settings = PersistenceSettings.of(URL, "app", "secret");

        assertThat(settings.maximumPoolSize()).isEqualTo(2);
        assertThat(settings.connectionTimeout()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(3));
        assertThat(settings.socketTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.runMigrations()).isTrue();
    }

    @Test
    @DisplayName("a URL that is not a PostgreSQL JDBC URL is refused, naming jdbcUrl")
    void refusesForeignUrl() {
        assertThatThrownBy(() -> PersistenceSettings.of("jdbc:mysql://db/habits", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("jdbcUrl:");
        assertThatThrownBy(() -> PersistenceSettings.of(null, null, null))
                .hasMessageStartingWith("jdbcUrl:");
    }

    @Test
    @DisplayName("a pool size outside 1–100 is refused, naming maximumPoolSize")
    void refusesPoolSizeOutOfRange() {
        PersistenceSettings settings = PersistenceSettings.of(URL, null, null);

        assertThatThrownBy(() -> settings.withMaximumPoolSize(0)).hasMessageStartingWith("maximumPoolSize:");
        assertThatThrownBy(() -> settings.withMaximumPoolSize(101)).hasMessageStartingWith("maximumPoolSize:");
    }

    @Test
    @DisplayName("timeouts too short for Hikari or the driver are refused, naming the timeout")
    void refusesTooShortTimeouts() {
        PersistenceSettings settings = PersistenceSettings.of(URL, null, null);

        assertThatThrownBy(() -> settings.withTimeouts(Duration.ofMillis(100), Duration.ofSeconds(5)))
                .hasMessageStartingWith("connectionTimeout:");
        assertThatThrownBy(() -> settings.withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500)))
                .hasMessageStartingWith("socketTimeout:");
    }

    @Test
    @DisplayName("the schema is the first currentSchema of the URL, and none when the URL names none")
    void schemaComesFromTheUrl() {
        assertThat(PersistenceSettings.of(URL + "&currentSchema=tenant_a,public", null, null).schema())
                .contains("tenant_a");
        assertThat(PersistenceSettings.of(URL, null, null).schema()).isEmpty();
    }

    @Test
    @DisplayName("printing the settings never shows the password, given apart or in the URL")
    void toStringHidesPasswords() {
        PersistenceSettings settings = PersistenceSettings.of(URL + "&password=hunter2", "app", "s3cret!");

        assertThat(settings.toString()).doesNotContain("hunter2").doesNotContain("s3cret!").contains("verify-full");
    }
}
