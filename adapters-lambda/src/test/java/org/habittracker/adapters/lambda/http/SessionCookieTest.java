package org.habittracker.adapters.lambda.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The session cookie")
class SessionCookieTest {

    @Test
    @DisplayName("is HttpOnly, SameSite=Lax, Path=/, 30 days, and Secure by default")
    void setSecure() {
        assertThat(new SessionCookie(true).set("tok"))
                .isEqualTo("habits_session=tok; Path=/; Max-Age=2592000; HttpOnly; SameSite=Lax; Secure");
    }

    @Test
    @DisplayName("drops Secure only when configured off for plain-HTTP local use")
    void setInsecure() {
        assertThat(new SessionCookie(false).set("tok")).doesNotContain("Secure").contains("HttpOnly");
    }

    @Test
    @DisplayName("is cleared with an empty value and Max-Age=0")
    void clear() {
        assertThat(new SessionCookie(true).clear())
                .isEqualTo("habits_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax; Secure");
    }
}
