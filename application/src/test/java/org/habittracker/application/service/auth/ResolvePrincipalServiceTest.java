package org.habittracker.application.service.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.habittracker.application.port.in.auth.IssuedSession;
import org.habittracker.application.port.in.auth.ResolvePrincipalUseCase;
import org.habittracker.application.port.in.token.CreatedApiToken;
import org.habittracker.application.port.out.ApiToken;
import org.habittracker.application.port.out.Session;
import org.habittracker.application.port.out.TokenHash;
import org.habittracker.application.testing.InMemoryApplication;
import org.habittracker.application.testing.InMemoryPorts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ResolvePrincipalServiceTest {
    private final InMemoryApplication app = new InMemoryApplication();
    private final ResolvePrincipalUseCase resolve = app.services().resolvePrincipal();

    private Session stored(IssuedSession session) {
        return app.ports().sessions().find(TokenHash.of(session.token())).orElseThrow();
    }

    @Test
    @DisplayName("a live session resolves to its user")
    void liveSessionResolves() {
        IssuedSession session = app.register("ada");

        assertThat(resolve.bySessionToken(session.token())).contains(session.principal());
    }

    @Test
    @DisplayName("an unknown, blank, missing or overlong token resolves to nobody")
    void unknownTokenResolvesToNobody() {
        app.register("ada");

        assertThat(resolve.bySessionToken("unknown")).isEmpty();
        assertThat(resolve.bySessionToken(" ")).isEmpty();
        assertThat(resolve.bySessionToken(null)).isEmpty();
        assertThat(resolve.bySessionToken("x".repeat(257))).isEmpty();
    }

    @Test
    @DisplayName("an expired session resolves to nobody and is revoked")
    void expiredSessionIsRevoked() {
        IssuedSession session = app.register("ada");
        app.ports().clock().advance(Duration.ofDays(30));

        assertThat(resolve.bySessionToken(session.token())).isEmpty();
        assertThat(app.ports().sessions().find(TokenHash.of(session.token()))).isEmpty();
    }

    @Test
    @DisplayName("using a session within a day of its last extension leaves its expiry alone")
    void noExtensionWithinADay() {
        IssuedSession session = app.register("ada");
        app.ports().clock().advance(Duration.ofHours(23));

        resolve.bySessionToken(session.token());

        assertThat(stored(session).expiresAt()).isEqualTo(session.expiresAt());
    }

    @Test
    @DisplayName("using a session a day or more after its last extension slides its expiry to 30 days ahead")
    void slidingExpiry() {
        IssuedSession session = app.register("ada");
        app.ports().clock().advance(Duration.ofDays(29));

        resolve.bySessionToken(session.token());

        assertThat(stored(session).expiresAt()).isEqualTo(InMemoryPorts.START.plus(Duration.ofDays(59)));
    }

    @Test
    @DisplayName("a slid session stays valid past its first expiry")
    void slidSessionOutlivesItsFirstExpiry() {
        IssuedSession session = app.register("ada");
        app.ports().clock().advance(Duration.ofDays(20));
        resolve.bySessionToken(session.token());
        app.ports().clock().advance(Duration.ofDays(20));

        assertThat(resolve.bySessionToken(session.token())).contains(session.principal());
    }

    @Test
    @DisplayName("a session whose user is gone resolves to nobody")
    void sessionOfDeletedUser() {
        IssuedSession session = app.register("ada");
        app.ports().users().delete(session.principal().userId());

        assertThat(resolve.bySessionToken(session.token())).isEmpty();
    }

    @Test
    @DisplayName("an API token resolves to its owner and is marked as used")
    void apiTokenResolves() {
        IssuedSession session = app.register("ada");
        CreatedApiToken created = app.services().apiTokens().create(session.principal().userId(), "cron");
        app.ports().clock().advance(Duration.ofMinutes(5));

        assertThat(resolve.byApiToken(created.secret())).contains(session.principal());
        assertThat(app.ports().apiTokens().findByHash(created.token().tokenHash()).map(ApiToken::lastUsedAt))
                .contains(Optional.of(InMemoryPorts.START.plus(Duration.ofMinutes(5))));
    }

    @Test
    @DisplayName("an API token used again within the hour is not marked again, to save a write per request")
    void apiTokenMarkedAtMostHourly() {
        IssuedSession session = app.register("ada");
        CreatedApiToken created = app.services().apiTokens().create(session.principal().userId(), "cron");
        resolve.byApiToken(created.secret());
        app.ports().clock().advance(Duration.ofMinutes(59));

        resolve.byApiToken(created.secret());

        assertThat(app.ports().apiTokens().findByHash(created.token().tokenHash()).map(ApiToken::lastUsedAt))
                .contains(Optional.of(InMemoryPorts.START));
    }

    @Test
    @DisplayName("a session token is not an API token, nor the other way round")
    void tokensDoNotCross() {
        IssuedSession session = app.register("ada");
        CreatedApiToken created = app.services().apiTokens().create(session.principal().userId(), "cron");

        assertThat(resolve.byApiToken(session.token())).isEmpty();
        assertThat(resolve.bySessionToken(created.secret())).isEmpty();
    }

    @Test
    @DisplayName("a revoked API token resolves to nobody")
    void revokedApiToken() {
        IssuedSession session = app.register("ada");
        CreatedApiToken created = app.services().apiTokens().create(session.principal().userId(), "cron");
        app.services().apiTokens().revoke(session.principal().userId(), created.token().id());

        assertThat(resolve.byApiToken(created.secret())).isEmpty();
    }

    @Test
    @DisplayName("sessions never store their token, only its hash")
    void onlyTheHashIsStored() {
        IssuedSession session = app.register("ada");

        assertThat(stored(session).tokenHash().hex()).doesNotContain(session.token());
        assertThat(stored(session).createdAt()).isEqualTo(Instant.from(InMemoryPorts.START));
    }
}
