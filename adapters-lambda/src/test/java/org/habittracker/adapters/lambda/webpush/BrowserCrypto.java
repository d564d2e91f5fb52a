package org.habittracker.adapters.lambda.webpush;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a browser does with a push message, written apart from the production code on purpose (other key
 * encodings, general multi-record decoding), so that a test of our encryption is not our code checking itself:
 * RFC 8291 §3.4's key derivation over RFC 8188's record decryption, and ES256 verification for the VAPID JWT.
 */
public final class BrowserCrypto {
    /** The DER prefix of a P-256 SubjectPublicKeyInfo; the 65-byte uncompressed point follows it. */
    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex(
            "3059301306072a8648ce3d020106082a8648ce3d030107034200");

    private BrowserCrypto() {
    }

    /** Why a body could not be decrypted: the push service refuses it (400), a browser drops it. */
    public static final class Undecryptable extends Exception {
        Undecryptable(String message) {
            super(message);
        }
    }

    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The uncompressed point: the tail of the X.509 encoding. */
    public static byte[] rawPublic(PublicKey key) {
        byte[] spki = key.getEncoded();
        return Arrays.copyOfRange(spki, spki.length - 65, spki.length);
    }

    public static PublicKey publicKey(byte[] uncompressed) throws GeneralSecurityException {
        byte[] spki = new byte[SPKI_PREFIX.length + uncompressed.length];
        System.arraycopy(SPKI_PREFIX, 0, spki, 0, SPKI_PREFIX.length);
        System.arraycopy(uncompressed, 0, spki, SPKI_PREFIX.length, uncompressed.length);
        return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(spki));
    }

    public static PrivateKey privateKey(byte[] scalar) throws GeneralSecurityException {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        return KeyFactory.getInstance("EC").generatePrivate(
                new ECPrivateKeySpec(new BigInteger(1, scalar), parameters.getParameterSpec(ECParameterSpec.class)));
    }

    /** ES256 (r ‖ s, 64 bytes) over {@code data} by the key whose uncompressed point is {@code publicKey}. */
    public static boolean verifiesEs256(byte[] publicKey, byte[] data, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
            verifier.initVerify(publicKey(publicKey));
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The plaintext of an {@code aes128gcm} body, as the user agent of {@code uaPrivate}/{@code uaPublic} with
     * {@code authSecret} decrypts it (RFC 8291 §3.4, RFC 8188 §2), padding removed.
     */
    public static byte[] decrypt(byte[] body, PrivateKey uaPrivate, byte[] uaPublic, byte[] authSecret)
            throws Undecryptable {
        if (body.length < 21) {
            throw new Undecryptable("the body is shorter than the aes128gcm header");
        }
        ByteBuffer in = ByteBuffer.wrap(body);
        byte[] salt = new byte[16];
        in.get(salt);
        long recordSize = Integer.toUnsignedLong(in.getInt());
        int idLength = in.get() & 0xff;
        if (recordSize < 18 || idLength != 65 || in.remaining() < idLength) {
            throw new Undecryptable("bad header: rs=" + recordSize + ", idlen=" + idLength);
        }
        byte[] asPublic = new byte[idLength];
        in.get(asPublic);
        try {
            KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(uaPrivate);
            agreement.doPhase(publicKey(asPublic), true);
            byte[] ecdhSecret = agreement.generateSecret();
            byte[] prkKey = hmac(authSecret, ecdhSecret);
            byte[] ikm = hmac(prkKey, cat("WebPush: info".getBytes(StandardCharsets.US_ASCII), new byte[] {0},
                    uaPublic, asPublic, new byte[] {1}));
            byte[] prk = hmac(salt, ikm);
            byte[] cek = Arrays.copyOf(hmac(prk, cat("Content-Encoding: aes128gcm".getBytes(StandardCharsets.US_ASCII),
                    new byte[] {0, 1})), 16);
            byte[] baseNonce = Arrays.copyOf(hmac(prk, cat("Content-Encoding: nonce".getBytes(StandardCharsets.US_ASCII),
                    new byte[] {0, 1})), 12);

            java.io.ByteArrayOutputStream plaintext = new java.io.ByteArrayOutputStream();
            long sequence = 0;
            while (in.hasRemaining()) {
                int length = (int) Math.min(recordSize, in.remaining());
                byte[] record = new byte[length];
                in.get(record);
                boolean last = !in.hasRemaining();
                byte[] nonce = baseNonce.clone();
                for (int i = 0; i < 8; i++) {
                    nonce[11 - i] ^= (byte) (sequence >>> (8 * i));
                }
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
                byte[] padded = cipher.doFinal(record);
                int end = padded.length - 1;
                while (end >= 0 && padded[end] == 0) {
                    end--;
                }
                if (end < 0 || padded[end] != (last ? 2 : 1)) {
                    throw new Undecryptable("record " + sequence + " has no " + (last ? "last" : "") + " delimiter");
                }
                plaintext.write(padded, 0, end);
                sequence++;
            }
            return plaintext.toByteArray();
        } catch (GeneralSecurityException e) {
            throw new Undecryptable("cannot decrypt: " + e);
        }
    }

    private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static byte[] cat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
