package org.habittracker.application.service.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SecureTokensTest {
    private final SecureTokens tokens = new SecureTokens();

    @Test
    @DisplayName("a token is 32 random bytes as 43 base64url characters without padding")
    void shape() {
        String token = tokens.newToken();

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(SecureTokens.BYTES);
    }

    @Test
    @DisplayName("tokens do not repeat")
    void unique() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(tokens.newToken());
        }

        assertThat(seen).hasSize(1000);
    }
}
