package org.habittracker.adapters.lambda.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.habittracker.domain.shared.FieldViolation;
import org.habittracker.domain.shared.InvalidInputException;

/**
 * Every fault found in one request body, each naming its field by its path in the body
 * ({@code schedule.times}, {@code habits[1].checkins[0].day}), so that one answer lists them all instead of the
 * first. Reading a body goes on past a fault: the readers record it here and return an empty value.
 */
public final class FieldErrors {

    private final List<FieldViolation> violations = new ArrayList<>();

    public void add(String field, String code, String message) {
        violations.add(new FieldViolation(field, code, message));
    }

    /** A domain rule's violations, whose fields are relative to {@code prefix} (the object the rule checked). */
    public void addAll(String prefix, List<FieldViolation> found) {
        for (FieldViolation v : found) {
            violations.add(new FieldViolation(Paths.join(prefix, v.field()), v.code(), v.message()));
        }
    }

    /**
     * Runs a domain constructor or check; its result, or empty with its violations recorded under {@code prefix}
     * (a domain value names its fields as {@code schedule.times}; in an import that is {@code habits[1].} deeper).
     */
    public <T> Optional<T> attempt(String prefix, Supplier<T> work) {
        try {
            return Optional.ofNullable(work.get());
        } catch (InvalidInputException e) {
            addAll(prefix, e.violations());
            return Optional.empty();
        }
    }

    public boolean isEmpty() {
        return violations.isEmpty();
    }

    /** How many faults so far: a reader compares it before and after to learn whether its part read cleanly. */
    public int count() {
        return violations.size();
    }

    public List<FieldViolation> violations() {
        return List.copyOf(violations);
    }

    /** Whether a fault was recorded at {@code field} or inside it ({@code schedule} covers {@code schedule.times}). */
    public boolean covers(String field) {
        for (FieldViolation v : violations) {
            String f = v.field();
            if (f.equals(field) || f.startsWith(field + ".") || f.startsWith(field + "[")) {
                return true;
            }
        }
        return false;
    }

    /** Throws every fault recorded, if any. */
    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /**
     * When the body had faults, adds what the application would also refuse in the command built from it (its
     * jakarta.validation rules), leaving out fields already named (a field that did not read is absent from the
     * command, which the command's rules would call missing), and throws them all. With no faults in the body the
     * command goes to the use case, which checks it itself: a valid body costs no second validation.
     */
    public <C> C throwIfAny(C command, CommandChecks checks) {
        if (violations.isEmpty()) {
            return command;
        }
        for (FieldViolation v : checks.violations(command)) {
            if (!covers(v.field())) {
                violations.add(v);
            }
        }
        throw new InvalidInputException(violations);
    }
}
