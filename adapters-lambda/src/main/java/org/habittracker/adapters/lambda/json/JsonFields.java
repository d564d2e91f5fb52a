package org.habittracker.adapters.lambda.json;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The fields of one JSON object in a request body, read leniently: each read returns the value or empty,
 * and records what was wrong (unknown field, missing, wrong type, bad format) under the field's full path in
 * {@link FieldErrors}, so one pass over a body finds every fault.
 */
public final class JsonFields {

    /** Whether a field must be there (and not null). */
    public enum Need {
        REQUIRED, OPTIONAL
    }

    private final ObjectNode node;
    private final String path;
    private final JsonValues values;

    JsonFields(ObjectNode node, String path, JsonValues values) {
        this.node = node;
        this.path = path;
        this.values = values;
    }

    /** The body itself, at the root path "". */
    public static JsonFields root(ObjectNode body, FieldErrors errors) {
        return new JsonFields(body, "", new JsonValues(errors));
    }

    public String path() {
        return path;
    }

    /** The full path of one of this object's fields. */
    public String at(String field) {
        return Paths.join(path, field);
    }

    public FieldErrors errors() {
        return values.errors();
    }

    public JsonValues values() {
        return values;
    }

    /** Records every field not in {@code known} as unknown (a typo must not be silently ignored). */
    public JsonFields allowOnly(Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                errors().add(at(name), "unknown", "is not a known field");
            }
        }
        return this;
    }

    /** Whether the field is in the object at all (null included): for partial updates. */
    public boolean present(String field) {
        return node.has(field);
    }

    /** Present and JSON null: for partial updates, where null clears a field. */
    public boolean isNull(String field) {
        return node.has(field) && node.get(field).isNull();
    }

    public JsonNode raw(String field) {
        return node.get(field);
    }

    public Optional<String> text(String field, Need need) {
        return read(field, need, values::text);
    }

    public Optional<Integer> integer(String field, Need need) {
        return read(field, need, values::integer);
    }

    public Optional<BigDecimal> decimal(String field, Need need) {
        return read(field, need, values::decimal);
    }

    public Optional<Boolean> bool(String field, Need need) {
        return read(field, need, values::bool);
    }

    public <E extends Enum<E>> Optional<E> constant(String field, Class<E> type, Need need) {
        return read(field, need, (value, at) -> values.constant(value, at, type));
    }

    public Optional<LocalDate> date(String field, Need need) {
        return read(field, need, values::date);
    }

    public Optional<Instant> instant(String field, Need need) {
        return read(field, need, values::instant);
    }

    public Optional<UUID> uuid(String field, String what, Need need) {
        return read(field, need, (value, at) -> values.uuid(value, at, what));
    }

    public Optional<JsonFields> object(String field, Need need) {
        return read(field, need, values::object);
    }

    public Optional<List<JsonValues.Element>> array(String field, Need need) {
        return read(field, need, values::array);
    }

    private <T> Optional<T> read(String field, Need need, BiFunction<JsonNode, String, Optional<T>> reader) {
        JsonNode value = node.get(field);
        if (need == Need.REQUIRED && JsonValues.absent(value)) {
            errors().add(at(field), "required", "is required");
            return Optional.empty();
        }
        return reader.apply(value, at(field));
    }
}
