package org.habittracker.adapters.lambda.tokens;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.habittracker.application.port.in.token.CreatedApiToken;
import org.habittracker.application.port.out.ApiToken;

/**
 * A personal API token as listed: never its secret (only a hash of it is stored). {@code lastUsedAt} is always
 * written, {@code null} until the token is first used (it is updated at most once an hour).
 */
public record TokenJson(String id, String name, Instant createdAt,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant lastUsedAt) {

    public static TokenJson from(ApiToken token) {
        return new TokenJson(token.id().toString(), token.name(), token.createdAt(), token.lastUsedAt().orElse(null));
    }

    /** {@code POST /api/tokens}: the token as listed, plus {@code token}, the secret, shown this once only. */
    public record Created(String id, String name, Instant createdAt,
            @JsonInclude(JsonInclude.Include.ALWAYS) Instant lastUsedAt, String token) {

        public static Created from(CreatedApiToken created) {
            TokenJson listed = TokenJson.from(created.token());
            return new Created(listed.id(), listed.name(), listed.createdAt(), listed.lastUsedAt(), created.secret());
        }

        @Override
        public String toString() {
            return "Created[id=" + id + ", name=" + name + ", token=…]";
        }
    }

    /** {@code GET /api/tokens}. */
    public record TokenList(List<TokenJson> tokens) {
    }
}
