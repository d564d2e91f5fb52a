package org.habittracker.application.service.shared;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/** Unguessable secrets for session cookies and API tokens: 256 random bits, base64url without padding. */
public final class SecureTokens {
    public static final int BYTES = 32;

    /** The given source; null for the JVM's default one, made when the first token is ({@link DefaultRandom}). */
    private final SecureRandom random;

    public SecureTokens(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * With the default {@link SecureRandom}, made when the first token is rather than now: seeding it loads the
     * security providers, which a cold start would otherwise pay for before a first request that makes no token.
     */
    public SecureTokens() {
        this.random = null;
    }

    /** Holds the default source: made when first asked for (class initialisation is lazy and thread-safe). */
    private static final class DefaultRandom {
        static final SecureRandom INSTANCE = new SecureRandom();
    }

    /** 43 characters from {@code [A-Za-z0-9_-]}. */
    public String newToken() {
        byte[] bytes = new byte[BYTES];
        (random != null ? random : DefaultRandom.INSTANCE).nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
