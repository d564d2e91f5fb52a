package org.habittracker.adapters.lambda.webpush;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.habittracker.adapters.lambda.webpush.Rfc8291Example.bytes;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;

import org.junit.jupiter.api.Test;

class Aes128gcmTest {

    @Test
    void withTheRfc8291ExamplesKeyPairAndSaltGivesTheRfcsMessageByteForByte() {
        KeyPair rfcServerKeys = new KeyPair(P256.publicKey(bytes(Rfc8291Example.AS_PUBLIC)),
                P256.privateKey(bytes(Rfc8291Example.AS_PRIVATE)));

        byte[] body = Aes128gcm.encrypt(Rfc8291Example.PLAINTEXT.getBytes(StandardCharsets.UTF_8),
                P256.publicKey(bytes(Rfc8291Example.UA_PUBLIC)), bytes(Rfc8291Example.AUTH_SECRET), rfcServerKeys,
                bytes(Rfc8291Example.SALT));

        assertThat(body).isEqualTo(bytes(Rfc8291Example.MESSAGE));
    }

    @Test
    void aFreshKeyPairAndSaltForEveryMessage() throws Exception {
        KeyPair browser = BrowserCrypto.newKeyPair();
        byte[] auth = bytes(Rfc8291Example.AUTH_SECRET);
        ECPublicKey browserKey = P256.publicKey(BrowserCrypto.rawPublic(browser.getPublic()));
        byte[] plaintext = "{}".getBytes(StandardCharsets.UTF_8);

        byte[] first = Aes128gcm.encrypt(plaintext, browserKey, auth);
        byte[] second = Aes128gcm.encrypt(plaintext, browserKey, auth);

        assertThat(java.util.Arrays.copyOf(first, Aes128gcm.HEADER_BYTES))
                .isNotEqualTo(java.util.Arrays.copyOf(second, Aes128gcm.HEADER_BYTES));
        assertThat(BrowserCrypto.decrypt(first, browser.getPrivate(), BrowserCrypto.rawPublic(browser.getPublic()), auth))
                .isEqualTo(plaintext);
    }

    @Test
    void theLargestPayloadMakesABodyOfExactly4096Bytes() throws Exception {
        KeyPair browser = BrowserCrypto.newKeyPair();
        byte[] auth = bytes(Rfc8291Example.AUTH_SECRET);
        byte[] plaintext = "x".repeat(Aes128gcm.MAX_PLAINTEXT_BYTES).getBytes(StandardCharsets.UTF_8);

        byte[] body = Aes128gcm.encrypt(plaintext, P256.publicKey(BrowserCrypto.rawPublic(browser.getPublic())), auth);

        assertThat(body).hasSize(4096);
        assertThat(BrowserCrypto.decrypt(body, browser.getPrivate(), BrowserCrypto.rawPublic(browser.getPublic()), auth))
                .isEqualTo(plaintext);
    }

    @Test
    void refusesAPayloadThatWouldNotFitInAPushMessage() {
        KeyPair browser = BrowserCrypto.newKeyPair();
        byte[] plaintext = new byte[Aes128gcm.MAX_PLAINTEXT_BYTES + 1];

        assertThatThrownBy(() -> Aes128gcm.encrypt(plaintext,
                P256.publicKey(BrowserCrypto.rawPublic(browser.getPublic())), bytes(Rfc8291Example.AUTH_SECRET)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 3993");
    }

    @Test
    void refusesABrowserKeyOffTheCurve() {
        byte[] offCurve = bytes(Rfc8291Example.UA_PUBLIC);
        offCurve[64] ^= 1;

        assertThatThrownBy(() -> P256.publicKey(offCurve)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a point on the P-256 curve");
    }
}
