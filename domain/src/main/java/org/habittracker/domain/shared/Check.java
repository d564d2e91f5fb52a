package org.habittracker.domain.shared;

/** Guards used by the compact constructors of value records; each failure names its field. */
public final class Check {
    private Check() {
    }

    public static <T> T notNull(T value, String field) {
        if (value == null) {
            throw InvalidInputException.of(field, "required", "is required");
        }
        return value;
    }

    public static int between(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw InvalidInputException.of(field, "range", "must be between " + min + " and " + max);
        }
        return value;
    }

    public static String length(String value, int min, int max, String field) {
        notNull(value, field);
        int length = value.codePointCount(0, value.length());
        if (length < min || length > max) {
            String message = min == 0 ? "must be at most " + max + " characters"
                    : "must be between " + min + " and " + max + " characters";
            throw InvalidInputException.of(field, "length", message);
        }
        return value;
    }
}
