package org.habittracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.habittracker.domain.shared.FieldViolation;
import org.habittracker.domain.shared.InvalidInputException;

/** Asserts that a call is refused as invalid input naming the given field. */
public final class Violations {
    private Violations() {
    }

    public static void assertRefusedOn(String field, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(FieldViolation::field).contains(field));
    }
}
