package org.habittracker.domain.user;

import java.util.Locale;
import java.util.regex.Pattern;
import org.habittracker.domain.shared.Check;
import org.habittracker.domain.shared.InvalidInputException;

/** A login name: 3–32 of letters, digits, dot, dash, underscore; case-insensitive, so kept lower-case. */
public record Username(String value) {
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9._-]{3,32}");

    public Username {
        Check.notNull(value, "username");
        value = value.strip().toLowerCase(Locale.ROOT);
        if (!ALLOWED.matcher(value).matches()) {
            throw InvalidInputException.of("username", "format",
                    "must be 3 to 32 letters, digits, '.', '-' or '_'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
