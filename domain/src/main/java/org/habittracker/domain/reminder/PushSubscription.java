package org.habittracker.domain.reminder;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import org.habittracker.domain.shared.Check;
import org.habittracker.domain.shared.Dates;
import org.habittracker.domain.shared.InvalidInputException;
import org.habittracker.domain.user.UserId;

/**
 * One browser's push subscription ({@code PushSubscription.toJSON()}): the push service endpoint and the keys the
 * payload is encrypted for. The field names of the violations are the request body's ({@code keys.p256dh}).
 */
public record PushSubscription(PushSubscriptionId id, UserId owner, URI endpoint, String p256dh, String auth,
        Instant createdAt) {
    public static final int MAX_ENDPOINT_LENGTH = 2000;
    public static final int MAX_PER_USER = 20;
    /** An uncompressed P-256 point: 0x04, then x and y. */
    public static final int P256DH_BYTES = 65;
    public static final int AUTH_BYTES = 16;

    public PushSubscription {
        Check.notNull(id, "id");
        Check.notNull(owner, "owner");
        Dates.storable(createdAt, "createdAt");
        String endpointText = endpoint == null ? null : endpoint.toString();
        InvalidInputException.requireAll(
                () -> checkEndpoint(endpointText),
                () -> checkP256dh(p256dh),
                () -> checkAuth(auth));
    }

    /**
     * An absolute https URL of at most {@value #MAX_ENDPOINT_LENGTH} characters; http only for a loopback host (a
     * push service stand-in in tests or on the local machine).
     */
    public static URI checkEndpoint(String endpoint) {
        Check.notNull(endpoint, "endpoint");
        if (endpoint.length() > MAX_ENDPOINT_LENGTH) {
            throw InvalidInputException.of("endpoint", "length", "must be at most " + MAX_ENDPOINT_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            throw InvalidInputException.of("endpoint", "format", "must be an absolute https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        boolean https = scheme.equals("https");
        boolean loopbackHttp = scheme.equals("http") && host != null && isLoopback(host);
        if (host == null || host.isEmpty() || !(https || loopbackHttp) || uri.getRawUserInfo() != null) {
            throw InvalidInputException.of("endpoint", "format", "must be an absolute https URL");
        }
        return uri;
    }

    /** Loopback by name, not by a DNS look-up (which a hostile name could steer). */
    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("[::1]") || h.matches("127(\\.\\d{1,3}){3}");
    }

    /** The browser's ECDH public key: base64url of {@value #P256DH_BYTES} bytes starting 0x04. */
    public static String checkP256dh(String p256dh) {
        byte[] key = decode(p256dh, "keys.p256dh");
        if (key.length != P256DH_BYTES || key[0] != 0x04) {
            throw InvalidInputException.of("keys.p256dh", "format",
                    "must be an uncompressed P-256 point (65 bytes starting 0x04), base64url");
        }
        return p256dh;
    }

    /** The authentication secret: base64url of {@value #AUTH_BYTES} bytes. */
    public static String checkAuth(String auth) {
        byte[] secret = decode(auth, "keys.auth");
        if (secret.length != AUTH_BYTES) {
            throw InvalidInputException.of("keys.auth", "format", "must be 16 bytes, base64url");
        }
        return auth;
    }

    private static byte[] decode(String value, String field) {
        Check.notNull(value, field);
        if (value.length() > 200) {
            throw InvalidInputException.of(field, "format", "is too long for a key");
        }
        try {
            // Browsers send base64url without padding; the decoder takes both.
            return Base64.getUrlDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "format", "must be base64url");
        }
    }

    public PushSubscription withKeys(String newP256dh, String newAuth) {
        return new PushSubscription(id, owner, endpoint, newP256dh, newAuth, createdAt);
    }
}
