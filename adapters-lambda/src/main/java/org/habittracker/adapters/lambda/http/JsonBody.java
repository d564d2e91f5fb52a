package org.habittracker.adapters.lambda.http;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.habittracker.domain.shared.InvalidInputException;

/**
 * Reads request bodies into DTO records, turning every Jackson failure into a 400 that names the field
 * (a dotted path such as {@code schedule.times}) and never echoes Jackson's internals.
 */
public final class JsonBody {

    private final ObjectMapper mapper;

    public JsonBody(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public <T> T read(HttpRequest request, Class<T> type) {
        requireBody(request);
        try {
            T value = mapper.readValue(request.body(), type);
            if (value == null) {
                throw Problem.validation("", "the body must be a JSON object");
            }
            return value;
        } catch (IOException e) {
            throw translate(e);
        }
    }

    /** For partial updates, which must tell an absent field from a null one. */
    public ObjectNode readObject(HttpRequest request) {
        requireBody(request);
        try {
            JsonNode node = mapper.readTree(request.body());
            if (node instanceof ObjectNode object) {
                return object;
            }
            throw Problem.validation("", "the body must be a JSON object");
        } catch (IOException e) {
            throw translate(e);
        }
    }

    /** Converts one field of a partial update, naming it on failure. */
    public <T> T convert(JsonNode node, Class<T> type, String field) {
        try {
            return mapper.treeToValue(node, type);
        } catch (IOException e) {
            Problem problem = translate(e);
            if (problem.status() == 400 && !problem.errors().isEmpty()) {
                return rethrowUnder(problem, field);
            }
            throw problem;
        }
    }

    private static <T> T rethrowUnder(Problem problem, String field) {
        throw problem.withErrors(problem.errors().stream()
                .map(e -> new Problem.FieldError(e.field().isEmpty() ? field : field + "." + e.field(), e.message()))
                .toList());
    }

    private static void requireBody(HttpRequest request) {
        if (!request.hasBody()) {
            throw Problem.validation("", "a JSON body is required");
        }
    }

    static Problem translate(IOException e) {
        return switch (e) {
            case UnrecognizedPropertyException u -> Problem.validation(path(u), "is not a known field");
            case InvalidTypeIdException t -> Problem.validation(join(path(t), "type"), "is missing or not a known type");
            case InvalidFormatException f -> Problem.validation(path(f), formatMessage(f));
            case ValueInstantiationException v when v.getCause() instanceof InvalidInputException invalid ->
                    Problem.validation(invalid.violations().stream()
                            .map(x -> new Problem.FieldError(join(path(v), x.field()), x.message())).toList());
            case JsonMappingException d -> Problem.validation(path(d), "has the wrong type or shape");
            case StreamReadException r -> Problem.malformedJson("The body is not well-formed JSON.");
            case JacksonException j -> Problem.malformedJson("The body is not well-formed JSON.");
            default -> Problem.malformedJson("The body could not be read.");
        };
    }

    private static String formatMessage(InvalidFormatException f) {
        Class<?> target = f.getTargetType();
        if (target != null && target.isEnum()) {
            return "must be one of " + List.of(target.getEnumConstants());
        }
        if (target != null && target.getPackageName().equals("java.time")) {
            return "must be an ISO-8601 " + (target.getSimpleName().equals("LocalDate") ? "date (yyyy-mm-dd)"
                    : "value");
        }
        return "has the wrong format" + (target == null ? "" : " (expected " + describe(target) + ")");
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return type.getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static String join(String left, String right) {
        if (left.isEmpty()) {
            return right;
        }
        return right.isEmpty() ? left : left + "." + right;
    }

    /** Jackson's reference path as {@code habits[0].schedule.times}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
