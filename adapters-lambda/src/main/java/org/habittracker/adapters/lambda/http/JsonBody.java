package org.habittracker.adapters.lambda.http;

import java.io.IOException;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.habittracker.adapters.lambda.json.FieldErrors;
import org.habittracker.adapters.lambda.json.JsonFields;

/**
 * Parses request bodies as JSON objects, turning every Jackson failure into a 400 that never echoes Jackson's
 * internals. What the fields hold is checked afterwards, all of them ({@code json.JsonFields}).
 */
public final class JsonBody {

    /** Asked for on the first body, not before: a cold start's first request (a GET) has none. */
    private final Supplier<ObjectMapper> mapper;

    public JsonBody(Supplier<ObjectMapper> mapper) {
        this.mapper = mapper;
    }

    /**
     * The body as a JSON object, for {@link org.habittracker.adapters.lambda.json.JsonFields} to read field by
     * field (binding straight to records would stop at the first fault). Malformed JSON is a 400 here.
     */
    public ObjectNode readObject(HttpRequest request) {
        requireBody(request);
        // JSON is UTF-8 (RFC 8259): bytes that are not are refused here, before Jackson, which would take some.
        String text = Utf8.decode(request.body())
                .orElseThrow(() -> Problem.malformedJson("The body is not valid UTF-8 text."));
        try {
            JsonNode node = mapper.get().readTree(text);
            if (node instanceof ObjectNode object) {
                return object;
            }
            throw Problem.validation("", "type", "the body must be a JSON object");
        } catch (IOException e) {
            throw translate(e);
        }
    }

    /** The body's fields, to be read with every fault recorded in a fresh {@link FieldErrors}. */
    public JsonFields fields(HttpRequest request) {
        return JsonFields.root(readObject(request), new FieldErrors());
    }

    private static void requireBody(HttpRequest request) {
        if (!request.hasBody()) {
            throw Problem.validation("", "required", "a JSON body is required");
        }
    }

    /** A parse failure: malformed JSON, a field given twice, nesting past Jackson's limits. */
    static Problem translate(IOException e) {
        return switch (e) {
            case JacksonException j -> Problem.malformedJson("The body is not well-formed JSON"
                    + (j.getMessage() != null && j.getMessage().startsWith("Duplicate field") ? ": a field appears twice."
                            : "."));
            default -> Problem.malformedJson("The body could not be read.");
        };
    }
}
