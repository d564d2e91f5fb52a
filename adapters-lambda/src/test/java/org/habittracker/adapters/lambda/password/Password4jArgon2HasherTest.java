package org.habittracker.adapters.lambda.password;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Argon2id password hasher")
class Password4jArgon2HasherTest {

    private static final Password4jArgon2Hasher HASHER = new Password4jArgon2Hasher();

    @Test
    @DisplayName("makes a self-describing Argon2id hash with OWASP's parameters (m=19 MiB, t=2, p=1)")
    void owaspParameters() {
        assertThat(HASHER.hash("correct horse battery")).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    @DisplayName("salts every hash, so the same password hashes differently twice")
    void salted() {
        assertThat(HASHER.hash("same password")).isNotEqualTo(HASHER.hash("same password"));
    }

    @Test
    @DisplayName("matches the right password and only it")
    void matches() {
        String hash = HASHER.hash("correct horse battery");

        assertThat(HASHER.matches("correct horse battery", hash)).isTrue();
        assertThat(HASHER.matches("correct horse batterY", hash)).isFalse();
        assertThat(HASHER.matches("", hash)).isFalse();
    }

    @Test
    @DisplayName("verifies hashes made with other parameters, read from the hash itself")
    void otherParameters() {
        String cheap = new Password4jArgon2Hasher(1024, 1, 1).hash("pw12345678");

        assertThat(HASHER.matches("pw12345678", cheap)).isTrue();
    }

    @Test
    @DisplayName("a damaged or foreign hash matches nothing and throws nothing")
    void damagedHash() {
        assertThat(HASHER.matches("pw", "$argon2id$v=19$m=oops")).isFalse();
        assertThat(HASHER.matches("pw", "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
        assertThat(HASHER.matches("pw", "")).isFalse();
    }
}
