package org.habittracker.application.service.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.habittracker.application.testing.Violations.assertRefusedOn;

import java.util.Base64;
import java.util.UUID;
import org.habittracker.application.error.LimitExceededException;
import org.habittracker.application.error.NotFoundException;
import org.habittracker.application.port.in.token.CreatedApiToken;
import org.habittracker.application.port.in.token.ManageApiTokensUseCase;
import org.habittracker.application.port.out.ApiToken;
import org.habittracker.application.port.out.TokenHash;
import org.habittracker.application.testing.InMemoryApplication;
import org.habittracker.application.testing.InMemoryPorts;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ManageApiTokensServiceTest {
    private final InMemoryApplication app = new InMemoryApplication();
    private final ManageApiTokensUseCase tokens = app.services().apiTokens();
    private final UserId ada = app.registerUser("ada");
    private final UserId bob = app.registerUser("bob");

    @Test
    @DisplayName("a new token's secret is 256 random bits in base64url, shown once")
    void secretIs256Bits() {
        CreatedApiToken created = tokens.create(ada, "cron");

        assertThat(created.secret()).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(created.secret())).hasSize(32);
        assertThat(created.toString()).doesNotContain(created.secret());
    }

    @Test
    @DisplayName("only the SHA-256 of the secret is stored")
    void onlyTheHashIsStored() {
        CreatedApiToken created = tokens.create(ada, "cron");

        ApiToken stored = app.ports().apiTokens().findAll(ada).getFirst();
        assertThat(stored.tokenHash()).isEqualTo(TokenHash.of(created.secret()));
        assertThat(stored).isEqualTo(created.token());
        assertThat(stored.name()).isEqualTo("cron");
        assertThat(stored.createdAt()).isEqualTo(InMemoryPorts.START);
        assertThat(stored.lastUsedAt()).isEmpty();
    }

    @Test
    @DisplayName("two tokens never share a secret")
    void secretsDiffer() {
        assertThat(tokens.create(ada, "one").secret()).isNotEqualTo(tokens.create(ada, "two").secret());
    }

    @Test
    @DisplayName("list gives the owner's tokens only")
    void listIsScoped() {
        CreatedApiToken mine = tokens.create(ada, "mine");
        tokens.create(bob, "bob's");

        assertThat(tokens.list(ada)).containsExactly(mine.token());
    }

    @Test
    @DisplayName("a blank name is refused on 'name'")
    void blankName() {
        assertRefusedOn("name", () -> tokens.create(ada, "  "));
    }

    @Test
    @DisplayName("a name over 100 characters is refused on 'name'")
    void longName() {
        assertRefusedOn("name", () -> tokens.create(ada, "x".repeat(101)));
    }

    @Test
    @DisplayName("the 21st token is refused with a limit error")
    void atMost20Tokens() {
        for (int i = 0; i < ManageApiTokensService.MAX_TOKENS; i++) {
            tokens.create(ada, "token " + i);
        }

        assertThatThrownBy(() -> tokens.create(ada, "one too many")).isInstanceOf(LimitExceededException.class);
    }

    @Test
    @DisplayName("a revoked token is gone from the list and no longer resolves")
    void revoke() {
        CreatedApiToken created = tokens.create(ada, "cron");

        tokens.revoke(ada, created.token().id());

        assertThat(tokens.list(ada)).isEmpty();
        assertThat(app.services().resolvePrincipal().byApiToken(created.secret())).isEmpty();
    }

    @Test
    @DisplayName("revoking another user's token, or an unknown one, is 'not found' and keeps it")
    void revokeIsScoped() {
        CreatedApiToken created = tokens.create(ada, "cron");

        assertThatThrownBy(() -> tokens.revoke(bob, created.token().id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tokens.revoke(ada, UUID.randomUUID())).isInstanceOf(NotFoundException.class);
        assertThat(tokens.list(ada)).containsExactly(created.token());
    }
}
