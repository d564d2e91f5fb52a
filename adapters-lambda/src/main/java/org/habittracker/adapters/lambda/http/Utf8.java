package org.habittracker.adapters.lambda.http;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Strict UTF-8 both ways: bytes that are not UTF-8 (a stray {@code 0xFF}, an overlong form, an encoded surrogate)
 * and text that cannot be UTF-8 (an unpaired surrogate) are refused, where {@code new String(bytes, UTF_8)} and
 * {@code getBytes(UTF_8)} would silently put U+FFFD or {@code ?} in their place and store that.
 */
public final class Utf8 {

    private Utf8() {
    }

    /** The text the bytes encode, or empty when they are not UTF-8. */
    public static Optional<String> decode(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The UTF-8 bytes of the text, or empty when it holds an unpaired surrogate. */
    public static Optional<byte[]> encode(String text) {
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return Optional.of(bytes);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
