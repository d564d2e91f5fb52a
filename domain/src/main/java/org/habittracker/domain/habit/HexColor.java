package org.habittracker.domain.habit;

import java.util.Locale;
import java.util.regex.Pattern;
import org.habittracker.domain.shared.Check;
import org.habittracker.domain.shared.InvalidInputException;

/** A colour as {@code #rrggbb}, kept lower-case. */
public record HexColor(String value) {
    private static final Pattern FORMAT = Pattern.compile("#[0-9a-f]{6}");
    /** A habit's colour when none is chosen: Loop Habit Tracker's default (teal, its palette's ninth). */
    public static final HexColor DEFAULT = new HexColor("#00897b");

    public HexColor {
        Check.notNull(value, "color");
        value = value.strip().toLowerCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw InvalidInputException.of("color", "format", "must be a colour like #00897b");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
