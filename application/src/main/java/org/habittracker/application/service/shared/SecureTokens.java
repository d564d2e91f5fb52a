package org.habittracker.application.service.shared;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable secrets for session cookies and API tokens: 256 random bits, base64url without padding. */
public final class SecureTokens {
    public static final int BYTES = 32;

    private final SecureRandom random;

    public SecureTokens(SecureRandom random) {
        this.random = random;
    }

    public SecureTokens() {
        this(new SecureRandom());
    }

    /** 43 characters from {@code [A-Za-z0-9_-]}. */
    public String newToken() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
