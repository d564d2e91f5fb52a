package org.habittracker.adapters.lambda.webpush;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Base64;

/** A VAPID key pair as the JDK's crypto uses it, made from {@link VapidCredentials} or generated. */
public record VapidKeys(ECPublicKey publicKey, ECPrivateKey privateKey) {

    /** ES256 as JWS writes it (RFC 7518 §3.4): r ‖ s, 64 bytes, not DER. */
    static final String ES256 = "SHA256withECDSAinP1363Format";

    /**
     * The pair the credentials name, refused unless the public key is on the curve and the private key is its own
     * (a mismatched pair would pass every check here and be refused by every push service, 403).
     */
    public static VapidKeys of(VapidCredentials credentials) {
        Base64.Decoder base64 = Base64.getUrlDecoder();
        VapidKeys keys = new VapidKeys(P256.publicKey(base64.decode(credentials.publicKey())),
                P256.privateKey(base64.decode(credentials.privateKey())));
        if (!keys.matches()) {
            throw new IllegalArgumentException("the private key is not the public key's");
        }
        return keys;
    }

    /** A new pair (the local server's, the first time it starts; the runbook's). */
    public static VapidKeys generate() {
        KeyPair pair = P256.generate();
        return new VapidKeys((ECPublicKey) pair.getPublic(), (ECPrivateKey) pair.getPrivate());
    }

    /** The applicationServerKey: base64url without padding, of the uncompressed point. */
    public String publicKeyBase64() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(P256.encode(publicKey));
    }

    public String privateKeyBase64() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(P256.encode(privateKey));
    }

    public VapidCredentials credentials(String subject) {
        return new VapidCredentials(publicKeyBase64(), privateKeyBase64(), subject);
    }

    byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance(ES256);
            signature.initSign(privateKey);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with ES256: " + e.getMessage(), e);
        }
    }

    private boolean matches() {
        byte[] probe = "VAPID key pair check".getBytes(StandardCharsets.US_ASCII);
        try {
            Signature verifier = Signature.getInstance(ES256);
            verifier.initVerify(publicKey);
            verifier.update(probe);
            return verifier.verify(sign(probe));
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "VapidKeys[publicKey=" + publicKeyBase64() + ", privateKey=…]";
    }
}
