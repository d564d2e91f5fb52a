package org.habittracker.adapters.cache;

import java.nio.charset.StandardCharsets;
import org.habittracker.application.port.out.TokenHash;
import org.habittracker.domain.user.UserId;

/**
 * Where things live in Redis. Every operation touches one key, so the layout works unchanged on a cluster
 * (ElastiCache Serverless) with no cross-slot commands; the braces are Redis Cluster hash tags, kept so that
 * keys added later for the same owner land in the same slot.
 */
final class CacheKeys {
    /** The field of a versioned hash that holds its version; value fields are prefixed so they never clash. */
    static final byte[] VERSION_FIELD = bytes("@v");
    static final byte[] SESSION_FIELD = bytes("=session");

    private CacheKeys() {
    }

    /** One hash per owner: its version and one field per read model name. */
    static String readModels(UserId owner) {
        return "ht:rm:{" + owner.value() + "}";
    }

    static byte[] readModelField(String name) {
        return bytes("=" + name);
    }

    /** One hash per session: its version and the session. */
    static String session(TokenHash tokenHash) {
        return "ht:ses:{" + tokenHash.hex() + "}";
    }

    static String session(String tokenHashHex) {
        return "ht:ses:{" + tokenHashHex + "}";
    }

    /** The token hashes of a user's sessions that may be cached, so that revokeAll can find them. */
    static String userSessions(UserId user) {
        return "ht:ses-user:{" + user.value() + "}";
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
