package org.habittracker.domain.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * A value or command broke a rule of the domain. Carries every violation found, each naming its field,
 * so an adapter can answer with all of them at once.
 */
public final class InvalidInputException extends RuntimeException {
    private final transient List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(summary(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String code, String message) {
        return new InvalidInputException(List.of(new FieldViolation(field, code, message)));
    }

    /**
     * Runs every rule, each a check of one field, and throws once with the violations of all that failed,
     * so that a value refuses every fault of its input in one answer.
     */
    public static void requireAll(Runnable... rules) {
        List<FieldViolation> found = new ArrayList<>();
        for (Runnable rule : rules) {
            try {
                rule.run();
            } catch (InvalidInputException e) {
                found.addAll(e.violations());
            }
        }
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    private static String summary(List<FieldViolation> violations) {
        return violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse("");
    }
}
