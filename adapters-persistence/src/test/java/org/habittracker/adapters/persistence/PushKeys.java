package org.habittracker.adapters.persistence;

import java.util.Base64;

/** Well-formed subscription keys for tests: a 65-byte point starting 0x04 and a 16-byte secret. */
final class PushKeys {
    static final String P256DH = encode(65, (byte) 4);
    static final String AUTH = encode(16, (byte) 3);

    private PushKeys() {
    }

    private static String encode(int length, byte first) {
        byte[] bytes = new byte[length];
        bytes[0] = first;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
