package org.habittracker.application.service.token;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.habittracker.application.error.LimitExceededException;
import org.habittracker.application.error.NotFoundException;
import org.habittracker.application.port.in.token.CreatedApiToken;
import org.habittracker.application.port.in.token.ManageApiTokensUseCase;
import org.habittracker.application.port.in.token.TokenName;
import org.habittracker.application.port.out.ApiToken;
import org.habittracker.application.port.out.ApiTokenRepository;
import org.habittracker.application.port.out.IdGenerator;
import org.habittracker.application.port.out.TokenHash;
import org.habittracker.application.port.out.Transactions;
import org.habittracker.application.service.shared.SecureTokens;
import org.habittracker.application.service.shared.UserDays;
import org.habittracker.domain.user.UserId;

/**
 * Personal API tokens for scripts. The secret is 256 random bits shown once at creation; only its
 * SHA-256 is stored, so a leaked table cannot be used to log in.
 */
public final class ManageApiTokensService implements ManageApiTokensUseCase {
    public static final int MAX_TOKENS = 20;

    private final ApiTokenRepository apiTokens;
    private final Transactions transactions;
    private final UserDays userDays;
    private final SecureTokens tokens;
    private final Clock clock;
    private final IdGenerator ids;

    public ManageApiTokensService(ApiTokenRepository apiTokens, Transactions transactions, UserDays userDays,
            SecureTokens tokens, Clock clock, IdGenerator ids) {
        this.apiTokens = apiTokens;
        this.transactions = transactions;
        this.userDays = userDays;
        this.tokens = tokens;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public CreatedApiToken create(UserId owner, String name) {
        String trimmed = new TokenName(name).value();
        userDays.owner(owner);
        String secret = tokens.newToken();
        ApiToken token = new ApiToken(ids.newId(), owner, trimmed, TokenHash.of(secret), clock.instant(),
                Optional.empty());
        // Counted and added under the owner's lock: parallel creates cannot all see 19 and make 25.
        transactions.inOwnerTransaction(owner, () -> {
            if (apiTokens.findAll(owner).size() >= MAX_TOKENS) {
                throw new LimitExceededException("tokens", MAX_TOKENS, "at most " + MAX_TOKENS + " API tokens a user");
            }
            apiTokens.add(token);
            return token;
        });
        return new CreatedApiToken(token, secret);
    }

    @Override
    public List<ApiToken> list(UserId owner) {
        return apiTokens.findAll(owner);
    }

    @Override
    public void revoke(UserId owner, UUID tokenId) {
        if (!apiTokens.delete(owner, tokenId)) {
            throw new NotFoundException("token", tokenId);
        }
    }
}
