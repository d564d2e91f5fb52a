package org.habittracker.adapters.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.habittracker.application.port.out.Session;
import org.habittracker.application.port.out.SessionStore;
import org.habittracker.application.port.out.TokenHash;
import org.habittracker.application.testing.InMemoryDatabase;
import org.habittracker.application.testing.InMemorySessionStore;
import org.habittracker.application.testing.InMemoryUserRepository;
import org.habittracker.application.testing.TestData;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The session cache on a real Redis, as two processes (two Lambda containers) share it: one database, two
 * caches. Whatever one process writes, the other sees on its next look-up.
 */
class SessionCacheIT {
    private static RedisCache processOne;
    private static RedisCache processTwo;
    private static TestRedis.Inspector inspector;

    private final InMemoryDatabase database = new InMemoryDatabase();
    private final InMemorySessionStore databaseStore = new InMemorySessionStore(database);
    private final ObservedSessionStore observed = new ObservedSessionStore(databaseStore);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final UserId ada = addUser();
    private SessionStore one;
    private SessionStore two;

    @BeforeAll
    static void connect() {
        processOne = TestRedis.connectedCache();
        processTwo = TestRedis.connectedCache();
        inspector = TestRedis.inspector(TestRedis.url());
    }

    @AfterAll
    static void close() {
        processOne.close();
        processTwo.close();
        inspector.close();
    }

    private SessionStore one() {
        if (one == null) {
            one = processOne.sessionStore(observed);
        }
        return one;
    }

    private SessionStore two() {
        if (two == null) {
            two = processTwo.sessionStore(observed);
        }
        return two;
    }

    private UserId addUser() {
        User user = TestData.user();
        new InMemoryUserRepository(database).add(user);
        return user.id();
    }

    private Session saved(UserId user) {
        Session session = new Session(TokenHash.of(UUID.randomUUID().toString()), user, now, now.plus(Duration.ofDays(30)));
        one().save(session);
        return session;
    }

    @Test
    @DisplayName("a cached session is served without asking the database")
    void hitSkipsTheDatabase() {
        Session session = saved(ada);
        one().find(session.tokenHash());
        int findsAfterFirstLookUp = observed.finds();

        assertThat(one().find(session.tokenHash())).contains(session);
        assertThat(two().find(session.tokenHash())).contains(session);
        assertThat(observed.finds()).isEqualTo(findsAfterFirstLookUp);
    }

    @Test
    @DisplayName("an unknown session is not cached: once the database has it, it is found")
    void negativeResultsAreNotCached() {
        Session session = new Session(TokenHash.of(UUID.randomUUID().toString()), ada, now, now.plus(Duration.ofDays(1)));

        assertThat(one().find(session.tokenHash())).isEmpty();
        databaseStore.save(session); // written by a process that does not go through this cache

        assertThat(one().find(session.tokenHash())).contains(session);
    }

    @Test
    @DisplayName("a session revoked by one process is gone for the other at once")
    void revokeIsVisibleEverywhere() {
        Session session = saved(ada);
        two().find(session.tokenHash());

        one().revoke(session.tokenHash());

        assertThat(two().find(session.tokenHash())).isEmpty();
    }

    @Test
    @DisplayName("revokeAll in one process evicts every cached session of the user in the other, and only the user's")
    void revokeAllIsVisibleEverywhere() {
        Session phone = saved(ada);
        Session laptop = saved(ada);
        UserId bob = addUser();
        Session bobs = saved(bob);
        two().find(phone.tokenHash());
        two().find(laptop.tokenHash());
        two().find(bobs.tokenHash());

        one().revokeAll(ada);

        assertThat(two().find(phone.tokenHash())).isEmpty();
        assertThat(two().find(laptop.tokenHash())).isEmpty();
        assertThat(two().find(bobs.tokenHash())).contains(bobs);
        assertThat(inspector.redis().smembers(CacheKeys.userSessions(ada))).isEmpty();
    }

    @Test
    @DisplayName("an extension in one process is what the other reads next")
    void extendIsVisibleEverywhere() {
        Session session = saved(ada);
        two().find(session.tokenHash());
        Instant later = now.plus(Duration.ofDays(45));

        assertThat(one().extend(session.tokenHash(), later)).isTrue();

        assertThat(two().find(session.tokenHash())).contains(session.withExpiresAt(later));
    }

    @Test
    @DisplayName("a look-up that read the session just before a revoke does not store it back")
    void lookUpRacingWithRevoke() {
        Session session = saved(ada);
        observed.afterFind(1, () -> two().revoke(session.tokenHash()));

        one().find(session.tokenHash());

        assertThat(one().find(session.tokenHash())).isEmpty();
    }

    @Test
    @DisplayName("a look-up that read the session just before revokeAll (before it was indexed) does not store it back")
    void lookUpRacingWithRevokeAllBeforeIndexing() {
        Session session = saved(ada);
        observed.afterFind(1, () -> two().revokeAll(ada));

        one().find(session.tokenHash());

        assertThat(one().find(session.tokenHash())).isEmpty();
        assertThat(two().find(session.tokenHash())).isEmpty();
    }

    @Test
    @DisplayName("a look-up that indexed the session and then raced with revokeAll does not store it back")
    void lookUpRacingWithRevokeAllAfterIndexing() {
        Session session = saved(ada);
        observed.afterFind(2, () -> two().revokeAll(ada));

        one().find(session.tokenHash());

        assertThat(one().find(session.tokenHash())).isEmpty();
        assertThat(two().find(session.tokenHash())).isEmpty();
    }

    @Test
    @DisplayName("cached sessions expire within five minutes, and the user's index outlives them")
    void sessionEntriesExpireSoon() {
        Session session = saved(ada);
        one().find(session.tokenHash());

        long entryTtl = inspector.redis().pttl(CacheKeys.session(session.tokenHash()));
        long indexTtl = inspector.redis().pttl(CacheKeys.userSessions(ada));
        assertThat(entryTtl).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5).toMillis());
        assertThat(indexTtl).isGreaterThan(entryTtl);
    }

    @Test
    @DisplayName("session hits and misses are counted")
    void sessionHitsAndMissesAreCounted() {
        Session session = saved(ada);
        CacheMetrics.Snapshot before = processOne.metrics().snapshot();

        one().find(session.tokenHash());
        one().find(session.tokenHash());

        CacheMetrics.Snapshot delta = processOne.metrics().snapshot().since(before);
        assertThat(delta.sessionMisses()).isEqualTo(1);
        assertThat(delta.sessionHits()).isEqualTo(1);
    }
}
