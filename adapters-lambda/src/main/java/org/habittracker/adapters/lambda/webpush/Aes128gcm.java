package org.habittracker.adapters.lambda.webpush;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A push message's body encrypted for one subscription (RFC 8291 over RFC 8188's {@code aes128gcm}): a fresh
 * P-256 key pair and salt per message, the input keying material from ECDH with the browser's {@code p256dh}
 * mixed with its {@code auth} secret, one record holding the whole payload (so one record size fits all).
 */
final class Aes128gcm {
    /** What push services must accept as a body (RFC 8030 §7.2); larger ones may be refused. */
    static final int MAX_BODY_BYTES = 4096;
    static final int SALT_BYTES = 16;
    static final int AUTH_SECRET_BYTES = 16;
    private static final int TAG_BYTES = 16;
    /** salt (16) ‖ record size (4) ‖ key id length (1) ‖ key id: our public key (65). */
    static final int HEADER_BYTES = SALT_BYTES + 4 + 1 + P256.PUBLIC_KEY_BYTES;
    /** The padding delimiter of the last (here the only) record, RFC 8188 §2. */
    private static final byte LAST_RECORD = 0x02;
    /** The record size written in the header, as RFC 8291's example and the common libraries do: the one record fits. */
    private static final int RECORD_SIZE = MAX_BODY_BYTES;
    static final int MAX_PLAINTEXT_BYTES = MAX_BODY_BYTES - HEADER_BYTES - 1 - TAG_BYTES;
    private static final byte[] KEY_INFO = "WebPush: info\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CEK_INFO = "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NONCE_INFO = "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Aes128gcm() {
    }

    /** With a fresh key pair and salt, as every message must be. */
    static byte[] encrypt(byte[] plaintext, ECPublicKey browserKey, byte[] authSecret) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return encrypt(plaintext, browserKey, authSecret, P256.generate(), salt);
    }

    /** With the given key pair and salt: for RFC 8291's worked example only, which fixes both. */
    static byte[] encrypt(byte[] plaintext, ECPublicKey browserKey, byte[] authSecret, KeyPair ours, byte[] salt) {
        if (plaintext.length > MAX_PLAINTEXT_BYTES) {
            throw new IllegalArgumentException("the payload is " + plaintext.length + " bytes; at most "
                    + MAX_PLAINTEXT_BYTES + " fit in a push message");
        }
        if (authSecret.length != AUTH_SECRET_BYTES) {
            throw new IllegalArgumentException("the auth secret must be 16 bytes");
        }
        byte[] browserPublic = P256.encode(browserKey);
        byte[] serverPublic = P256.encode((ECPublicKey) ours.getPublic());
        byte[] ecdh = P256.sharedSecret((ECPrivateKey) ours.getPrivate(), browserKey);
        byte[] keyInfo = concat(KEY_INFO, browserPublic, serverPublic);
        byte[] ikm = hkdf(authSecret, ecdh, keyInfo, 32);
        byte[] prk = hmac(salt, ikm);
        byte[] cek = expand(prk, CEK_INFO, 16);
        byte[] nonce = expand(prk, NONCE_INFO, 12);

        byte[] record = Arrays.copyOf(plaintext, plaintext.length + 1);
        record[plaintext.length] = LAST_RECORD;
        byte[] ciphertext;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(TAG_BYTES * 8, nonce));
            ciphertext = cipher.doFinal(record);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
        return ByteBuffer.allocate(HEADER_BYTES + ciphertext.length).put(salt).putInt(RECORD_SIZE)
                .put((byte) serverPublic.length).put(serverPublic).put(ciphertext).array();
    }

    /** HKDF-SHA-256 (RFC 5869) with a single block of output, which is all Web Push needs. */
    private static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length) {
        return expand(hmac(salt, ikm), info, length);
    }

    private static byte[] expand(byte[] prk, byte[] info, int length) {
        return Arrays.copyOf(hmac(prk, concat(info, new byte[] {1})), length);
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(length);
        for (byte[] part : parts) {
            buffer.put(part);
        }
        return buffer.array();
    }
}
