package org.habittracker.domain.shared;

import java.util.Objects;

/**
 * One reason an input was refused: the field at fault (a dotted path such as {@code schedule.times}),
 * a machine-readable code and a sentence for people.
 */
public record FieldViolation(String field, String code, String message) {
    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
