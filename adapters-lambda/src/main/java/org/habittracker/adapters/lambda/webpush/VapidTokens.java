package org.habittracker.adapters.lambda.webpush;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The VAPID {@code Authorization} header (RFC 8292 §3): {@code vapid t=<JWT>, k=<public key>}, the JWT signed
 * ES256 with {@code aud} the push service's origin, {@code exp} 12 hours ahead (at most 24 are allowed) and
 * {@code sub} our contact. A token is reused for its audience for an hour, so a minute's pushes to one push
 * service cost one signature.
 */
final class VapidTokens {
    static final Duration LIFETIME = Duration.ofHours(12);
    static final Duration REUSE = Duration.ofHours(1);
    /** Audiences are push services, a handful; the bound keeps endpoints on many origins from growing the map. */
    private static final int MAX_AUDIENCES = 64;
    private static final String HEADER = base64("{\"typ\":\"JWT\",\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8));

    private record Token(String header, Instant issuedAt) {}

    private final VapidKeys keys;
    private final String publicKey;
    private final String subject;
    private final Clock clock;
    private final Map<String, Token> byAudience = new ConcurrentHashMap<>();

    VapidTokens(VapidKeys keys, String subject, Clock clock) {
        this.keys = keys;
        this.publicKey = keys.publicKeyBase64();
        this.subject = subject;
        this.clock = clock;
    }

    /** The header for a push to {@code endpoint}. */
    String authorization(URI endpoint) {
        String audience = origin(endpoint);
        Instant now = clock.instant();
        Token token = byAudience.get(audience);
        if (token == null || !now.isBefore(token.issuedAt().plus(REUSE)) || now.isBefore(token.issuedAt())) {
            if (byAudience.size() >= MAX_AUDIENCES) {
                byAudience.clear();
            }
            token = new Token("vapid t=" + jwt(audience, now) + ", k=" + publicKey, now);
            byAudience.put(audience, token);
        }
        return token.header();
    }

    private String jwt(String audience, Instant now) {
        // The audience is an origin we built and the subject was checked to need no escaping (VapidCredentials).
        String claims = "{\"aud\":\"" + audience + "\",\"exp\":" + now.plus(LIFETIME).getEpochSecond() + ",\"sub\":\""
                + subject + "\"}";
        String signingInput = HEADER + "." + base64(claims.getBytes(StandardCharsets.UTF_8));
        return signingInput + "." + base64(keys.sign(signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    /** {@code scheme://host[:port]}, the port only when it is not the scheme's default (RFC 6454 §6.1). */
    static String origin(URI endpoint) {
        String scheme = endpoint.getScheme().toLowerCase(Locale.ROOT);
        String host = endpoint.getHost().toLowerCase(Locale.ROOT);
        int port = endpoint.getPort();
        boolean defaultPort = port == -1 || scheme.equals("https") && port == 443 || scheme.equals("http") && port == 80;
        return scheme + "://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host)
                + (defaultPort ? "" : ":" + port);
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
