package org.habittracker.adapters.lambda.http;

import java.time.Duration;

/**
 * The {@code habits_session} cookie: the raw 256-bit session token, {@code HttpOnly} so scripts cannot
 * read it, {@code SameSite=Lax} so other sites cannot send it with their POSTs, {@code Secure} unless
 * turned off for plain-HTTP local use. Its 30 days match the server's sliding expiry and are renewed
 * with every authenticated response.
 */
public final class SessionCookie {

    public static final String NAME = "habits_session";
    public static final Duration MAX_AGE = Duration.ofDays(30);

    private final boolean secure;

    public SessionCookie(boolean secure) {
        this.secure = secure;
    }

    public String set(String token) {
        return NAME + "=" + token + "; Path=/; Max-Age=" + MAX_AGE.toSeconds() + attributes();
    }

    public String clear() {
        return NAME + "=; Path=/; Max-Age=0" + attributes();
    }

    private String attributes() {
        return "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
    }

    /** A token is printable ASCII of bounded length; anything else cannot be one and is not looked up. */
    public static boolean plausible(String token) {
        return !token.isEmpty() && token.length() <= 256 && token.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }
}
