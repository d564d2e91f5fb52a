package org.habittracker.adapters.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CacheSettingsTest {

    @Test
    @DisplayName("defaults are the fail-fast timeouts of ARCHITECTURE.md §4")
    void defaults() {
        CacheSettings settings = CacheSettings.defaults(Optional.of("redis://cache:6379"));

        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofMillis(100));
        assertThat(settings.commandTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(settings.entryTtl()).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.enabled()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    @DisplayName("an empty or blank URL means no cache")
    void blankUrlDisables(String url) {
        assertThat(CacheSettings.defaults(Optional.of(url)).enabled()).isFalse();
        assertThat(CacheSettings.defaults(Optional.empty()).enabled()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"redis://cache:6379", "rediss://user:pw@my-cache.serverless.euw1.cache.amazonaws.com:6379",
        "redis://:only-password@127.0.0.1:6380/2"})
    @DisplayName("redis:// and rediss:// URLs, with user and password or password alone, are accepted")
    void acceptedUrls(String url) {
        assertThat(CacheSettings.defaults(Optional.of(url)).redisUrl()).contains(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://cache:6379", "cache:6379", "redis://", "rediss://:pw@"})
    @DisplayName("anything else is refused, naming the field and not repeating the URL")
    void refusedUrls(String url) {
        assertThatThrownBy(() -> CacheSettings.defaults(Optional.of(url)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("redisUrl: ");
    }

    @Test
    @DisplayName("a refused URL's password never appears in the error")
    void refusedUrlHidesPassword() {
        assertThatThrownBy(() -> CacheSettings.defaults(Optional.of("redis://user:pa ss@host:6379")))
                .hasMessageStartingWith("redisUrl: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("pa ss"));
    }

    @Test
    @DisplayName("zero or negative timeouts are refused, naming the field")
    void timeoutsMustBePositive() {
        Optional<String> url = Optional.of("redis://cache:6379");

        assertThatThrownBy(() -> new CacheSettings(url, Duration.ZERO, Duration.ofMillis(250), Duration.ofMinutes(1)))
                .hasMessageStartingWith("connectTimeout: ");
        assertThatThrownBy(() -> new CacheSettings(url, Duration.ofMillis(100), Duration.ofMillis(-1), Duration.ofMinutes(1)))
                .hasMessageStartingWith("commandTimeout: ");
        assertThatThrownBy(() -> new CacheSettings(url, Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(10)))
                .hasMessageStartingWith("entryTtl: ");
    }

    @Test
    @DisplayName("toString names scheme, host and port, never the password")
    void toStringHidesPassword() {
        CacheSettings settings = CacheSettings.defaults(Optional.of("rediss://app:t0p-secret@cache.example:6379"));

        assertThat(settings.toString()).contains("rediss://cache.example:6379").doesNotContain("t0p-secret").doesNotContain("app:");
    }

    @Test
    @DisplayName("the password is known to the adapter (URL-decoded) so that it can blank it out of messages")
    void passwordIsExtracted() {
        assertThat(CacheSettings.defaults(Optional.of("redis://app:p%40ss@cache:6379")).password()).contains("p@ss");
        assertThat(CacheSettings.defaults(Optional.of("redis://:only@cache:6379")).password()).contains("only");
        assertThat(CacheSettings.defaults(Optional.of("redis://cache:6379")).password()).isEmpty();
    }
}
