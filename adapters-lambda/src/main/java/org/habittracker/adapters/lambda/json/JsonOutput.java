package org.habittracker.adapters.lambda.json;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * JSON written token by token with Jackson's streaming generator, for the answers of a cold start's first
 * requests (the board, the auth check, problems, the request log's line): no {@link Json#mapper() ObjectMapper},
 * so no databind, no module and no record introspection on that path (a tenth of the classes). Each shape is
 * written in one place, its {@code writeTo}; where the mapper writes the same shape inside a larger document, it
 * calls that same method. What the mapper's settings mean here too: absent values are left out.
 */
public final class JsonOutput {

    /** Jackson's defaults, as the mapper's own factory has them: the same escaping, the same numbers. */
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** Writes one JSON value. */
    @FunctionalInterface
    public interface Shape {
        void writeTo(JsonGenerator out) throws IOException;
    }

    private JsonOutput() {
    }

    public static String write(Shape shape) {
        StringWriter text = new StringWriter(256);
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            shape.writeTo(out);
        } catch (IOException e) {
            // A StringWriter does not fail: only a shape that writes unbalanced JSON ends here.
            throw new UncheckedIOException("cannot write JSON", e);
        }
        return text.toString();
    }

    /** A string field, left out when absent (the mapper's NON_NULL). */
    public static void string(JsonGenerator out, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            out.writeStringField(name, value.get());
        }
    }

    /** A number field, left out when absent. */
    public static void number(JsonGenerator out, String name, Optional<BigDecimal> value) throws IOException {
        if (value.isPresent()) {
            out.writeNumberField(name, value.get());
        }
    }
}
