package org.habittracker.adapters.lambda.webpush;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;

import javax.crypto.KeyAgreement;

/**
 * The NIST P-256 curve as Web Push writes its keys: a public key is the 65-byte uncompressed point
 * ({@code 0x04 || X || Y}), a private key the 32-byte scalar. Only the JDK's own providers (SunEC) are used.
 */
final class P256 {
    static final int PUBLIC_KEY_BYTES = 65;
    static final int PRIVATE_KEY_BYTES = 32;
    private static final int COORDINATE_BYTES = 32;
    private static final ECParameterSpec CURVE = curve();

    private P256() {
    }

    /**
     * The public key of an uncompressed point, refused unless it lies on the curve (an off-curve point given to
     * ECDH would leak bits of our private key: the invalid-curve attack).
     */
    static ECPublicKey publicKey(byte[] uncompressed) {
        if (uncompressed.length != PUBLIC_KEY_BYTES || uncompressed[0] != 0x04) {
            throw new IllegalArgumentException("not an uncompressed P-256 point (65 bytes starting 0x04)");
        }
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 1 + COORDINATE_BYTES));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(uncompressed, 1 + COORDINATE_BYTES, PUBLIC_KEY_BYTES));
        BigInteger p = ((ECFieldFp) CURVE.getCurve().getField()).getP();
        BigInteger a = CURVE.getCurve().getA();
        BigInteger b = CURVE.getCurve().getB();
        if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0
                || !y.multiply(y).mod(p).equals(x.pow(3).add(a.multiply(x)).add(b).mod(p))) {
            throw new IllegalArgumentException("not a point on the P-256 curve");
        }
        try {
            return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(new ECPoint(x, y), CURVE));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a P-256 public key", e);
        }
    }

    static ECPrivateKey privateKey(byte[] scalar) {
        if (scalar.length != PRIVATE_KEY_BYTES) {
            throw new IllegalArgumentException("not a P-256 private key (32 bytes)");
        }
        BigInteger s = new BigInteger(1, scalar);
        if (s.signum() == 0 || s.compareTo(CURVE.getOrder()) >= 0) {
            throw new IllegalArgumentException("not a P-256 private key (out of range)");
        }
        try {
            return (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(s, CURVE));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a P-256 private key", e);
        }
    }

    static byte[] encode(ECPublicKey key) {
        byte[] out = new byte[PUBLIC_KEY_BYTES];
        out[0] = 0x04;
        fixed(key.getW().getAffineX(), out, 1);
        fixed(key.getW().getAffineY(), out, 1 + COORDINATE_BYTES);
        return out;
    }

    static byte[] encode(ECPrivateKey key) {
        byte[] out = new byte[PRIVATE_KEY_BYTES];
        fixed(key.getS(), out, 0);
        return out;
    }

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(CURVE);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot make P-256 keys", e);
        }
    }

    /** ECDH: the 32-byte X coordinate of the shared point. */
    static byte[] sharedSecret(ECPrivateKey ours, ECPublicKey theirs) {
        try {
            KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(ours);
            agreement.doPhase(theirs, true);
            return agreement.generateSecret();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("ECDH failed: " + e.getMessage(), e);
        }
    }

    /** A non-negative number as exactly 32 big-endian bytes (BigInteger adds a sign byte or drops leading zeros). */
    private static void fixed(BigInteger value, byte[] into, int offset) {
        byte[] bytes = value.toByteArray();
        int length = Math.min(bytes.length, COORDINATE_BYTES);
        System.arraycopy(bytes, bytes.length - length, into, offset + COORDINATE_BYTES - length, length);
    }

    private static ECParameterSpec curve() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no P-256", e);
        }
    }
}
