package org.habittracker.adapters.lambda.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * Where the mapper meets a {@link JsonOutput.Shape} inside a larger document (an export's habits), it writes it
 * with the shape's own {@code writeTo}: one home per shape, whichever way the document is written.
 */
public final class ShapeSerializer extends StdSerializer<JsonOutput.Shape> {

    public ShapeSerializer() {
        super(JsonOutput.Shape.class);
    }

    @Override
    public void serialize(JsonOutput.Shape value, JsonGenerator out, SerializerProvider provider) throws IOException {
        value.writeTo(out);
    }
}
