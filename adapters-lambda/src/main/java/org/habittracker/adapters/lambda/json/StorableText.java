package org.habittracker.adapters.lambda.json;

import java.util.Optional;

/**
 * What text may hold to be stored: PostgreSQL refuses U+0000 in a {@code text} column (a 500 if it got that far),
 * and an unpaired surrogate has no UTF-8 form (the driver would store {@code ?} in its place). Both are refused
 * where a request's text is read: {@link JsonValues#text} for JSON bodies and the Loop import's CSV cells.
 */
public final class StorableText {

    /** The code of the fault, for clients that switch on it. */
    public static final String CODE = "characters";

    private StorableText() {
    }

    /** Why the text cannot be stored, or empty when it can. */
    public static Optional<String> fault(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of("must not contain the NUL character (U+0000)");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a pair: one character outside the Basic Multilingual Plane, such as an emoji
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must not contain an unpaired surrogate (U+D800 to U+DFFF): it is not a character");
            }
        }
        return Optional.empty();
    }
}
