package org.habittracker.adapters.lambda.format.loop;

import java.util.List;
import java.util.Optional;

/**
 * Loop's colours. Its CSV export writes a habit's colour as {@code #RRGGBB} already (the palette entry it stands
 * for); an index into Loop's classic 20-colour palette (Material Design 700-ish shades, as Loop 1.x and 2.x use
 * them) is also taken, for files edited by hand or made by other tools from Loop's database.
 */
final class LoopPalette {

    private static final List<String> CLASSIC = List.of(
            "#d32f2f", "#e64a19", "#f57c00", "#ff8f00", "#f9a825", "#afb42b", "#7cb342", "#388e3c", "#00897b",
            "#00acc1", "#039be5", "#1976d2", "#303f9f", "#5e35b1", "#8e24aa", "#d81b60", "#5d4037", "#303030",
            "#757575", "#aaaaaa");

    private LoopPalette() {
    }

    /** {@code #RRGGBB} (any case) as is, lower-cased; a palette index as its colour; anything else empty. */
    static Optional<String> colour(String cell) {
        String value = cell.strip();
        if (value.matches("#[0-9A-Fa-f]{6}")) {
            return Optional.of(value.toLowerCase(java.util.Locale.ROOT));
        }
        if (value.matches("\\d{1,2}")) {
            int index = Integer.parseInt(value);
            return index < CLASSIC.size() ? Optional.of(CLASSIC.get(index)) : Optional.empty();
        }
        return Optional.empty();
    }
}
