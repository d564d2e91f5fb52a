package org.habittracker.adapters.lambda.webpush;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.habittracker.adapters.lambda.webpush.Rfc8291Example.bytes;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The stand-in's decryption is known-correct apart from our encryption: it opens RFC 8291's own example. */
class BrowserCryptoTest {

    @Test
    void decryptsTheRfc8291AppendixAMessageWithTheRfcsKeys() throws Exception {
        byte[] plaintext = BrowserCrypto.decrypt(bytes(Rfc8291Example.MESSAGE),
                BrowserCrypto.privateKey(bytes(Rfc8291Example.UA_PRIVATE)), bytes(Rfc8291Example.UA_PUBLIC),
                bytes(Rfc8291Example.AUTH_SECRET));

        assertThat(new String(plaintext, StandardCharsets.UTF_8)).isEqualTo(Rfc8291Example.PLAINTEXT);
    }

    @Test
    void refusesTheRfcMessageWithAnotherAuthSecret() throws Exception {
        byte[] otherAuth = bytes(Rfc8291Example.AUTH_SECRET);
        otherAuth[0] ^= 1;

        assertThatThrownBy(() -> BrowserCrypto.decrypt(bytes(Rfc8291Example.MESSAGE),
                BrowserCrypto.privateKey(bytes(Rfc8291Example.UA_PRIVATE)), bytes(Rfc8291Example.UA_PUBLIC), otherAuth))
                .isInstanceOf(BrowserCrypto.Undecryptable.class);
    }

    @Test
    void refusesATamperedRfcMessage() throws Exception {
        byte[] message = bytes(Rfc8291Example.MESSAGE);
        message[message.length - 1] ^= 1;

        assertThatThrownBy(() -> BrowserCrypto.decrypt(message, BrowserCrypto.privateKey(bytes(Rfc8291Example.UA_PRIVATE)),
                bytes(Rfc8291Example.UA_PUBLIC), bytes(Rfc8291Example.AUTH_SECRET)))
                .isInstanceOf(BrowserCrypto.Undecryptable.class);
    }
}
