package org.habittracker.adapters.lambda.json;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.habittracker.domain.shared.Dates;
import org.habittracker.domain.shared.InvalidInputException;

/**
 * Reads one JSON value of an expected type at a path, recording a fault in {@link FieldErrors} instead of
 * stopping at it. A missing value and JSON {@code null} read as empty without a fault: whether that is
 * allowed is the caller's business ({@link JsonFields}). Strict: no coercion ({@code "3"} is not a number,
 * {@code 3} is not a string), as the API has always been.
 */
public final class JsonValues {

    private final FieldErrors errors;

    public JsonValues(FieldErrors errors) {
        this.errors = errors;
    }

    public FieldErrors errors() {
        return errors;
    }

    public static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    /**
     * A string, the only way free text leaves a request body (names, notes, the import's fields): text that cannot
     * be stored ({@link StorableText}) is a fault here, named by its path. The other readers take text only in a
     * fixed form (a date, a UUID, a constant), which such characters never match.
     */
    public Optional<String> text(JsonNode node, String path) {
        if (absent(node)) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            return fault(path, "must be a string");
        }
        Optional<String> unstorable = StorableText.fault(node.textValue());
        if (unstorable.isPresent()) {
            errors.add(path, StorableText.CODE, unstorable.get());
            return Optional.empty();
        }
        return Optional.of(node.textValue());
    }

    /** A whole number that fits an {@code int}: {@code 3} or {@code 3.0}, never {@code "3"}, {@code 3.5} or {@code 1e400}. */
    public Optional<Integer> integer(JsonNode node, String path) {
        if (absent(node)) {
            return Optional.empty();
        }
        if (node.isNumber()) {
            try {
                return Optional.of(node.decimalValue().intValueExact());
            } catch (ArithmeticException e) {
                // a fraction, or too large for an int: not a whole number we can take
            }
        }
        return fault(path, "must be a whole number");
    }

    /** A number (amounts and targets; their decimal places are the domain's {@code Amounts} to check). */
    public Optional<BigDecimal> decimal(JsonNode node, String path) {
        if (absent(node)) {
            return Optional.empty();
        }
        if (!node.isNumber()) {
            return fault(path, "must be a number");
        }
        return Optional.of(node.decimalValue());
    }

    public Optional<Boolean> bool(JsonNode node, String path) {
        if (absent(node)) {
            return Optional.empty();
        }
        if (!node.isBoolean()) {
            return fault(path, "must be true or false");
        }
        return Optional.of(node.booleanValue());
    }

    /** One of the constants, spelt exactly ({@code "MONDAY"}, not {@code "monday"}). */
    public <E extends Enum<E>> Optional<E> constant(JsonNode node, String path, Class<E> type) {
        if (absent(node)) {
            return Optional.empty();
        }
        if (node.isTextual()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(node.textValue())) {
                    return Optional.of(constant);
                }
            }
        }
        return fault(path, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }

    /** A day as {@code yyyy-mm-dd}, within the days the product stores ({@link Dates}). */
    public Optional<LocalDate> date(JsonNode node, String path) {
        if (absent(node)) {
            return Optional.empty();
        }
        if (node.isTextual()) {
            try {
                return storable(path, LocalDate.parse(node.textValue()), Dates::storable);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        return fault(path, "must be an ISO-8601 date (yyyy-mm-dd)");
    }

    /** An instant as ISO-8601 UTC ({@code 2026-11-22T08:00:00Z}), within the years of {@link Dates}. */
    public Optional<Instant> instant(JsonNode node, String path) {
        if (absent(node)) {
            return Optional.empty();
        }
        if (node.isTextual()) {
            try {
                return storable(path, Instant.parse(node.textValue()), Dates::storable);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        return fault(path, "must be an ISO-8601 instant such as 2026-11-22T08:00:00Z");
    }

    /** A UUID in its canonical 36-character form; {@code what} names it in the fault ("a habit id"). */
    public Optional<UUID> uuid(JsonNode node, String path, String what) {
        if (absent(node)) {
            return Optional.empty();
        }
        Optional<UUID> parsed = node.isTextual() ? parseUuid(node.textValue()) : Optional.empty();
        return parsed.isPresent() ? parsed : fault(path, "must be " + what);
    }

    /** {@link UUID#fromString} takes shortened forms such as {@code 1-1-1-1-1}; ids we issue never look like that. */
    public static Optional<UUID> parseUuid(String value) {
        if (value.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Optional<JsonFields> object(JsonNode node, String path) {
        if (absent(node)) {
            return Optional.empty();
        }
        if (!(node instanceof ObjectNode object)) {
            return fault(path, "must be an object");
        }
        return Optional.of(new JsonFields(object, path, this));
    }

    /** The elements of an array, each with its path ({@code habits[2]}). */
    public Optional<List<Element>> array(JsonNode node, String path) {
        if (absent(node)) {
            return Optional.empty();
        }
        if (!node.isArray()) {
            return fault(path, "must be an array");
        }
        List<Element> elements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            elements.add(new Element(node.get(i), Paths.index(path, i)));
        }
        return Optional.of(elements);
    }

    /** One element of an array and where it is. */
    public record Element(JsonNode node, String path) {
    }

    /** A well-formed value the domain's range refuses is a fault at the path, with the domain's code. */
    private <T> Optional<T> storable(String path, T value, BiFunction<T, String, T> rule) {
        try {
            return Optional.of(rule.apply(value, path));
        } catch (InvalidInputException outOfRange) {
            outOfRange.violations().forEach(v -> errors.add(path, v.code(), v.message()));
            return Optional.empty();
        }
    }

    private <T> Optional<T> fault(String path, String message) {
        errors.add(path, "type", message);
        return Optional.empty();
    }
}
