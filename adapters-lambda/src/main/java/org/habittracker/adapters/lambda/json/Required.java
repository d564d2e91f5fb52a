package org.habittracker.adapters.lambda.json;

import org.habittracker.domain.shared.InvalidInputException;

/** JSON leaves out what the domain needs: a missing value is refused, naming its field. */
final class Required {

    private Required() {
    }

    static <T> T of(T value, String field) {
        if (value == null) {
            throw InvalidInputException.of(field, "required", "is required");
        }
        return value;
    }
}
