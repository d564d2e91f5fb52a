package org.habittracker.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.habittracker.application.port.out.Session;
import org.habittracker.application.port.out.SessionStore;
import org.habittracker.application.port.out.TokenHash;
import org.habittracker.application.port.out.UserRepository;
import org.habittracker.application.testing.TestData;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SessionStore} does: sessions found by token hash, extended, revoked one by one or all
 * of a user's at once. Deleting a user is not pinned here: a cache in front of the database store would
 * not see the database's cascade, so the account deletion revokes the user's sessions itself, and
 * resolving a session of a user who no longer exists gives nobody. Times are close to the real now and whole milliseconds, so
 * a store that expires entries by wall-clock time (Redis) keeps them for the length of a test.
 */
public abstract class SessionStoreContract {

    protected abstract UserRepository users();

    protected abstract SessionStore sessions();

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private UserId ada;
    private UserId bob;

    @BeforeEach
    void createUsers() {
        ada = addUser();
        bob = addUser();
    }

    private UserId addUser() {
        User user = TestData.user();
        users().add(user);
        return user.id();
    }

    private Session save(UserId user) {
        Session session = new Session(TokenHash.of(UUID.randomUUID().toString()), user, now,
                now.plus(Duration.ofDays(30)));
        sessions().save(session);
        return session;
    }

    @Test
    @DisplayName("a saved session is found by its token hash")
    void savedSessionIsFound() {
        Session session = save(ada);

        assertThat(sessions().find(session.tokenHash())).contains(session);
    }

    @Test
    @DisplayName("an unknown token hash finds nothing")
    void unknownHashFindsNothing() {
        assertThat(sessions().find(TokenHash.of(UUID.randomUUID().toString()))).isEmpty();
    }

    @Test
    @DisplayName("extending a session moves its expiry")
    void extendMovesTheExpiry() {
        Session session = save(ada);
        Instant later = now.plus(Duration.ofDays(31));

        assertThat(sessions().extend(session.tokenHash(), later)).isTrue();
        assertThat(sessions().find(session.tokenHash())).contains(session.withExpiresAt(later));
    }

    @Test
    @DisplayName("extending an unknown session reports false and creates nothing")
    void extendOfUnknownSession() {
        TokenHash unknown = TokenHash.of(UUID.randomUUID().toString());

        assertThat(sessions().extend(unknown, now.plus(Duration.ofDays(1)))).isFalse();
        assertThat(sessions().find(unknown)).isEmpty();
    }

    @Test
    @DisplayName("a revoked session is gone and the user's other sessions stay")
    void revokeRemovesOneSession() {
        Session phone = save(ada);
        Session laptop = save(ada);

        sessions().revoke(phone.tokenHash());

        assertThat(sessions().find(phone.tokenHash())).isEmpty();
        assertThat(sessions().find(laptop.tokenHash())).contains(laptop);
    }

    @Test
    @DisplayName("revoking an unknown session is not an error")
    void revokeOfUnknownSession() {
        Session session = save(ada);

        sessions().revoke(TokenHash.of(UUID.randomUUID().toString()));

        assertThat(sessions().find(session.tokenHash())).contains(session);
    }

    @Test
    @DisplayName("a revoked session cannot be extended back to life")
    void revokedSessionCannotBeExtended() {
        Session session = save(ada);
        sessions().revoke(session.tokenHash());

        assertThat(sessions().extend(session.tokenHash(), now.plus(Duration.ofDays(40)))).isFalse();
        assertThat(sessions().find(session.tokenHash())).isEmpty();
    }

    @Test
    @DisplayName("revokeAll removes every session of the user and none of another user's")
    void revokeAllIsScopedToTheUser() {
        Session phone = save(ada);
        Session laptop = save(ada);
        Session bobs = save(bob);

        sessions().revokeAll(ada);

        assertThat(sessions().find(phone.tokenHash())).isEmpty();
        assertThat(sessions().find(laptop.tokenHash())).isEmpty();
        assertThat(sessions().find(bobs.tokenHash())).contains(bobs);
    }
}
