package org.habittracker.adapters.lambda.webpush;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who sends our pushes (RFC 8292): the VAPID key pair, base64url without padding (the 65-byte uncompressed
 * public point browsers subscribe with, and the 32-byte private scalar), and a contact {@code subject} for the
 * push services ({@code mailto:} or {@code https:}). Only the format is checked here, which needs no
 * cryptography (so reading the configuration loads none); whether the pair is a real, matching P-256 pair is
 * checked by {@link VapidKeys#of} when the first push needs the keys.
 */
public record VapidCredentials(String publicKey, String privateKey, String subject) {

    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+=*");

    public VapidCredentials {
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(subject, "subject");
        publicKeyProblem(publicKey).or(() -> privateKeyProblem(privateKey)).or(() -> subjectProblem(subject))
                .ifPresent(problem -> {
                    throw new IllegalArgumentException(problem);
                });
    }

    /** Why this is not a VAPID public key, if it is not. */
    public static Optional<String> publicKeyProblem(String value) {
        Optional<byte[]> bytes = decoded(value);
        if (bytes.isEmpty()) {
            return Optional.of("must be base64url (A-Z a-z 0-9 - _)");
        }
        return bytes.get().length == P256.PUBLIC_KEY_BYTES && bytes.get()[0] == 0x04 ? Optional.empty()
                : Optional.of("must be an uncompressed P-256 point: 65 bytes starting 0x04, base64url (it is "
                        + bytes.get().length + " bytes)");
    }

    /** Why this is not a VAPID private key, if it is not. */
    public static Optional<String> privateKeyProblem(String value) {
        Optional<byte[]> bytes = decoded(value);
        if (bytes.isEmpty()) {
            return Optional.of("must be base64url (A-Z a-z 0-9 - _)");
        }
        return bytes.get().length == P256.PRIVATE_KEY_BYTES ? Optional.empty()
                : Optional.of("must be a P-256 private key: 32 bytes, base64url (it is " + bytes.get().length + " bytes)");
    }

    /** Why push services would not take this as a contact, if so: RFC 8292 §2.1 asks for a mailto: or https: URI. */
    public static Optional<String> subjectProblem(String value) {
        try {
            URI uri = new URI(value);
            if ("mailto".equalsIgnoreCase(uri.getScheme()) && uri.getSchemeSpecificPart().contains("@")
                    || "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null) {
                return value.chars().anyMatch(c -> c == '"' || c == '\\' || c < 0x20) ? Optional.of(
                        "must not contain quotes, backslashes or control characters") : Optional.empty();
            }
        } catch (URISyntaxException e) {
            // not a URI: said below
        }
        return Optional.of("must be a mailto: address or an https: URL (e.g. mailto:ops@example.com)");
    }

    private static Optional<byte[]> decoded(String value) {
        if (!BASE64URL.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getUrlDecoder().decode(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Never print the private key. */
    @Override
    public String toString() {
        return "VapidCredentials[publicKey=" + publicKey + ", privateKey=…, subject=" + subject + "]";
    }
}
