package org.habittracker.adapters.lambda.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import org.habittracker.application.error.AuthenticationFailedException;
import org.habittracker.application.error.ConflictException;
import org.habittracker.application.error.LimitExceededException;
import org.habittracker.application.error.NotFoundException;
import org.habittracker.application.error.TooManyAttemptsException;
import org.habittracker.application.port.out.DatabaseUnavailableException;
import org.habittracker.application.port.out.UsernameTakenException;
import org.habittracker.domain.shared.InvalidInputException;

/**
 * What each exception means to a client. Anything not listed here is a bug on our side: the caller
 * answers 500 with the request id only, and logs the exception.
 *
 * <p>A per-user limit (500 habits) is 422 Unprocessable Content: the request is well-formed and
 * clashes with nothing in particular, it would just go past a rule of the product.
 *
 * <p>A database that does not answer (stopped, restarting) is 503 with {@code Retry-After}: nothing is wrong
 * with the request or with us, and it will work again in a moment.
 */
public final class ErrorMapper {

    private ErrorMapper() {
    }

    public static Optional<Problem> toProblem(Throwable error) {
        return Optional.ofNullable(switch (error) {
            case Problem p -> p;
            case InvalidInputException e -> Problem.validation(e.violations().stream().map(Problem.FieldError::of).toList());
            case ConstraintViolationException e -> Problem.validation(fieldErrors(e));
            case NotFoundException e -> Problem.notFound("No " + e.kind() + " with that id.");
            case ConflictException e -> Problem.of(409, "/problems/conflict", "Conflict", e.getMessage())
                    .withErrors(List.of(new Problem.FieldError(e.field(), "conflict", e.getMessage())));
            case UsernameTakenException e -> Problem.of(409, "/problems/conflict", "Conflict", "username already taken")
                    .withErrors(List.of(new Problem.FieldError("username", "taken", "is already taken")));
            case LimitExceededException e -> Problem.of(422, "/problems/limit-exceeded", "Limit exceeded",
                    e.getMessage()).withErrors(List.of(new Problem.FieldError(e.field(), "limit",
                            "at most " + e.limit() + " allowed")));
            case TooManyAttemptsException e -> Problem.tooManyAttempts("Too many attempts", e.retryAfter());
            case DatabaseUnavailableException e -> Problem.unavailable(
                    "The database does not answer right now; try again in a moment.");
            case AuthenticationFailedException e -> Problem.of(403, "/problems/password-mismatch",
                    "Password does not match", "The password given is not this account's password.")
                    .withErrors(List.of(new Problem.FieldError("password", "mismatch", "does not match")));
            default -> null;
        });
    }

    private static List<Problem.FieldError> fieldErrors(ConstraintViolationException e) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            // Not reached through the application (its CommandValidator names the codes); a bare annotation's rule.
            errors.add(new Problem.FieldError(field(violation.getPropertyPath()), "invalid", violation.getMessage()));
        }
        errors.sort(java.util.Comparator.comparing(Problem.FieldError::field));
        return errors.isEmpty() ? List.of(new Problem.FieldError("", "invalid", "is not valid")) : errors;
    }

    /** {@code create.arg0.schedule}, {@code description.<optional element>} and the like, as {@code description}. */
    private static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            String name = node.getName();
            if (name == null || name.startsWith("<") || node.getKind() == jakarta.validation.ElementKind.METHOD
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(name);
        }
        return field.toString();
    }
}
