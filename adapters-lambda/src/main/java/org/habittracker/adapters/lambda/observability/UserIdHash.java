package org.habittracker.adapters.lambda.observability;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.habittracker.domain.user.UserId;

/** Logs tell requests of one user apart without naming the user: the first 16 hex digits of SHA-256 of the id. */
public final class UserIdHash {

    private UserIdHash() {
    }

    public static String of(UserId userId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(userId.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
