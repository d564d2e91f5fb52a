package org.habittracker.adapters.lambda.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.habittracker.adapters.lambda.password.Password4jArgon2Hasher;

@DisplayName("Start-up work that only writes need is done on first use")
class LazyValidatorTest {

    record Command(@NotBlank String name, @Size(max = 3) String code) {
    }

    @Test
    @DisplayName("the validator is built on the first validation, once, and then validates as Hibernate Validator does")
    void builtOnFirstUse() {
        AtomicInteger builds = new AtomicInteger();
        LazyValidator validator = new LazyValidator(() -> {
            builds.incrementAndGet();
            return Validators.create();
        });
        assertThat(validator.built()).isFalse();

        var violations = validator.validate(new Command(" ", "toolong"));

        assertThat(violations).extracting(v -> v.getPropertyPath().toString()).containsExactlyInAnyOrder("name", "code");
        assertThat(validator.validate(new Command("ok", "ok"))).isEmpty();
        assertThat(builds).hasValue(1);
        assertThat(validator.built()).isTrue();
    }

    @Test
    @DisplayName("the password hasher sets up Argon2 on first use and hashes and verifies as before")
    void hasherOnFirstUse() {
        Password4jArgon2Hasher hasher = new Password4jArgon2Hasher(1024, 1, 1);

        String hash = hasher.hash("correct horse");

        assertThat(hash).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
        assertThat(hasher.matches("correct horse", hash)).isTrue();
        assertThat(hasher.matches("wrong horse", hash)).isFalse();
    }
}
