package org.habittracker.adapters.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.habittracker.application.port.out.ComponentHealth;
import org.habittracker.application.port.out.ReadModelKey;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rediss://} with an ACL user, as ElastiCache Serverless wants it (TLS, user and password), against a
 * redis-server the test starts with {@code --tls-port} and a certificate it makes. The machine's
 * redis-server 7 and the embedded-redis artifact's binary are both built with TLS.
 */
class TlsAndAuthIT {
    private static final String USER = "habits";
    private static final String PASSWORD = "s3cret-tls-pass";

    @TempDir
    static Path certificates;
    private static SelfSignedCertificate certificate;
    private static RedisProcess redis;
    private static int tlsPort;

    private final ReadModelKey board = new ReadModelKey(new UserId(UUID.randomUUID()), "board:2026-11-22");

    @BeforeAll
    static void startTlsRedis() throws Exception {
        certificate = SelfSignedCertificate.create(certificates);
        tlsPort = RedisProcess.freePort();
        redis = RedisProcess.start("--tls-port", Integer.toString(tlsPort),
                "--tls-cert-file", certificate.certificatePem().toString(),
                "--tls-key-file", certificate.privateKeyPem().toString(),
                "--tls-ca-cert-file", certificate.certificatePem().toString(),
                "--tls-auth-clients", "no",
                "--user", USER, "on", ">" + PASSWORD, "~*", "&*", "+@all",
                "--user", "default", "off");
    }

    @AfterAll
    static void stop() {
        redis.close();
    }

    private static String tlsUrl(String user, String password) {
        return "rediss://" + user + ":" + password + "@127.0.0.1:" + tlsPort;
    }

    @Test
    @DisplayName("over TLS with an ACL user and a trusted certificate, read models are cached")
    void tlsWithAclUserCaches() {
        try (RedisCache cache = TestRedis.awaitUp(RedisCache.connect(
                CacheSettings.defaults(Optional.of(tlsUrl(USER, PASSWORD))), certificate.certificatePem()))) {
            cache.readCache().get(board, String.class, () -> "over TLS");

            assertThat(cache.readCache().get(board, String.class, () -> "not cached")).isEqualTo("over TLS");
            assertThat(cache.health().status()).isEqualTo(ComponentHealth.Status.HEALTHY);
        }
    }

    @Test
    @DisplayName("a certificate the client does not trust is refused: calls go to the database, health says why")
    void untrustedCertificateIsRefused() {
        try (RedisCache cache = RedisCache.connect(CacheSettings.defaults(Optional.of(tlsUrl(USER, PASSWORD))))) {
            assertThat(cache.readCache().get(board, String.class, () -> "from the database")).isEqualTo("from the database");
            ComponentHealth health = cache.health();

            assertThat(health.status()).isEqualTo(ComponentHealth.Status.UNHEALTHY);
            assertThat(health.message()).doesNotContain(PASSWORD);
        }
    }

    @Test
    @DisplayName("a wrong ACL password over TLS: calls go to the database, and the password is in no health message")
    void wrongPasswordOverTls() {
        try (RedisCache cache = RedisCache.connect(CacheSettings.defaults(Optional.of(tlsUrl(USER, "wrong-" + PASSWORD))),
                certificate.certificatePem())) {
            assertThat(cache.readCache().get(board, String.class, () -> "from the database")).isEqualTo("from the database");
            ComponentHealth health = cache.health();

            assertThat(health.status()).isEqualTo(ComponentHealth.Status.UNHEALTHY);
            assertThat(health.message()).contains("WRONGPASS").doesNotContain(PASSWORD);
        }
    }

    @Test
    @DisplayName("the plain port refuses the default user, so the TLS test really went through the ACL user")
    void defaultUserIsOff() {
        try (RedisCache cache = RedisCache.connect(CacheSettings.defaults(Optional.of(redis.url())))) {
            assertThat(cache.health().status()).isEqualTo(ComponentHealth.Status.UNHEALTHY);
        }
    }
}
