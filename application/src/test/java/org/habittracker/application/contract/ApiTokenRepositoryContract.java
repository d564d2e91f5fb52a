package org.habittracker.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.habittracker.application.port.out.ApiToken;
import org.habittracker.application.port.out.ApiTokenRepository;
import org.habittracker.application.port.out.TokenHash;
import org.habittracker.application.port.out.UserRepository;
import org.habittracker.application.testing.TestData;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ApiTokenRepository} does: tokens found by the hash of their secret, listed per owner
 * by creation, marked when used, deleted only by their owner, and gone with the owner.
 */
public abstract class ApiTokenRepositoryContract {

    private static final Instant CREATED = Instant.parse("2026-11-20T10:00:00.123456Z");

    protected abstract UserRepository users();

    protected abstract ApiTokenRepository apiTokens();

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

    private ApiToken add(UserId owner, String name, Instant createdAt) {
        ApiToken token = new ApiToken(UUID.randomUUID(), owner, name, TokenHash.of(UUID.randomUUID().toString()),
                createdAt, Optional.empty());
        apiTokens().add(token);
        return token;
    }

    @Test
    @DisplayName("an added token is found by its hash with every field intact")
    void addedTokenIsFoundByHash() {
        ApiToken token = add(ada, "shortcuts", CREATED);

        assertThat(apiTokens().findByHash(token.tokenHash())).contains(token);
    }

    @Test
    @DisplayName("an unknown hash finds nothing")
    void unknownHashFindsNothing() {
        add(ada, "shortcuts", CREATED);

        assertThat(apiTokens().findByHash(TokenHash.of(UUID.randomUUID().toString()))).isEmpty();
    }

    @Test
    @DisplayName("findAll lists the owner's tokens by creation, and no one else's")
    void findAllListsOwnTokensByCreation() {
        ApiToken later = add(ada, "later", CREATED.plusSeconds(60));
        ApiToken earlier = add(ada, "earlier", CREATED);
        add(bob, "bob's", CREATED);

        assertThat(apiTokens().findAll(ada)).containsExactly(earlier, later);
    }

    @Test
    @DisplayName("marking a token used records when")
    void markUsedRecordsWhen() {
        ApiToken token = add(ada, "cron", CREATED);
        Instant used = CREATED.plusSeconds(3600);

        apiTokens().markUsed(token.id(), used);

        assertThat(apiTokens().findByHash(token.tokenHash())).map(ApiToken::lastUsedAt).contains(Optional.of(used));
    }

    @Test
    @DisplayName("a deleted token is gone, and deleting again reports false")
    void deleteRemovesTheToken() {
        ApiToken token = add(ada, "cron", CREATED);
        ApiToken other = add(ada, "other", CREATED.plusSeconds(1));

        assertThat(apiTokens().delete(ada, token.id())).isTrue();
        assertThat(apiTokens().findByHash(token.tokenHash())).isEmpty();
        assertThat(apiTokens().findAll(ada)).containsExactly(other);
        assertThat(apiTokens().delete(ada, token.id())).isFalse();
    }

    @Test
    @DisplayName("another user cannot delete a token")
    void anotherUserCannotDelete() {
        ApiToken token = add(ada, "cron", CREATED);

        assertThat(apiTokens().delete(bob, token.id())).isFalse();
        assertThat(apiTokens().findByHash(token.tokenHash())).contains(token);
    }

    @Test
    @DisplayName("deleting the owner deletes their tokens")
    void deletingTheOwnerDeletesTokens() {
        ApiToken token = add(ada, "cron", CREATED);
        ApiToken bobs = add(bob, "bob's", CREATED);

        users().delete(ada);

        assertThat(apiTokens().findByHash(token.tokenHash())).isEmpty();
        assertThat(apiTokens().findAll(ada)).isEmpty();
        assertThat(apiTokens().findByHash(bobs.tokenHash())).contains(bobs);
    }
}
