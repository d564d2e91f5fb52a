package org.habittracker.application.service.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.habittracker.domain.shared.FieldViolation;
import org.habittracker.domain.shared.InvalidInputException;

/**
 * Checks a command's jakarta.validation annotations and turns every violation into one
 * {@link InvalidInputException}, each naming its field by property path ({@code name},
 * {@code order[2]}), so that bean-validation failures look exactly like the domain's own.
 */
public final class CommandValidator {

    /**
     * Codes as the domain uses them, so clients see one vocabulary. The commands' annotations say only what
     * must be there and the few limits that are the application's own (a password's length, the size of a
     * list); every rule of a value is the domain's, checked once, when the value is made.
     */
    private static final Map<String, String> CODES = Map.of(
            "NotNull", "required",
            "Size", "length");

    private final Validator validator;

    public CommandValidator(Validator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /** @throws InvalidInputException naming every field at fault */
    public <T> T validate(T command) {
        if (command == null) {
            throw InvalidInputException.of("command", "required", "is required");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            List<FieldViolation> fields = violations.stream()
                    .map(CommandValidator::toFieldViolation)
                    .sorted(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::code))
                    .toList();
            throw new InvalidInputException(fields);
        }
        return command;
    }

    private static FieldViolation toFieldViolation(ConstraintViolation<?> violation) {
        String annotation = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String code = CODES.getOrDefault(annotation, annotation.toLowerCase(Locale.ROOT));
        return new FieldViolation(field(violation.getPropertyPath()), code, violation.getMessage());
    }

    /**
     * {@code order[2]} rather than Hibernate's {@code order[2].<list element>}, and {@code description}
     * for a constraint on the value inside an {@code Optional}.
     */
    public static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
        }
        return field.isEmpty() ? "command" : field.toString();
    }
}
