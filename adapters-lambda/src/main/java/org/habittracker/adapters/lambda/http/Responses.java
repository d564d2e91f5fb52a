package org.habittracker.adapters.lambda.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import org.habittracker.adapters.lambda.json.FieldErrors;
import org.habittracker.adapters.lambda.json.Json;
import org.habittracker.adapters.lambda.json.JsonOutput;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.shared.Dates;

/** Small helpers the endpoints share: JSON answers and parsing path and query values. */
public final class Responses {

    private Responses() {
    }

    /** A body the mapper writes (records; the mapper is built on the first such answer). */
    public static HttpResponse ok(Object body) {
        return HttpResponse.json(200, Json.write(body));
    }

    /** A body that writes itself, streaming: the answers a cold start's first requests give. */
    public static HttpResponse ok(JsonOutput.Shape body) {
        return HttpResponse.json(200, JsonOutput.write(body));
    }

    public static HttpResponse created(String location, Object body) {
        return HttpResponse.json(201, Json.write(body)).withHeader("Location", location);
    }

    public static HttpResponse created(String location, JsonOutput.Shape body) {
        return HttpResponse.json(201, JsonOutput.write(body)).withHeader("Location", location);
    }

    /** A habit id that is not even a UUID cannot be one of the caller's habits: not found, as any other. */
    public static HabitId habitId(String value) {
        return new HabitId(uuid(value, "habit"));
    }

    public static UUID uuid(String value, String kind) {
        try {
            if (value.length() != 36) {
                throw new IllegalArgumentException("not a UUID");
            }
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw Problem.notFound("No " + kind + " with that id.");
        }
    }

    /** A day in a path, read with a body: its fault joins the body's. Only days the product stores ({@link Dates}). */
    public static Optional<LocalDate> day(String value, String field, FieldErrors errors) {
        try {
            LocalDate day = LocalDate.parse(value);
            return errors.attempt("", () -> Dates.storable(day, field));
        } catch (DateTimeParseException e) {
            errors.add(field, "format", "must be a date as yyyy-mm-dd");
            return Optional.empty();
        }
    }

    /** A day in a path or query: strict {@code yyyy-mm-dd}, one the product stores ({@link Dates}). */
    public static LocalDate day(String value, String field) {
        try {
            return Dates.storable(LocalDate.parse(value), field);
        } catch (DateTimeParseException e) {
            throw Problem.validation(field, "format", "must be a date as yyyy-mm-dd");
        }
    }
}
