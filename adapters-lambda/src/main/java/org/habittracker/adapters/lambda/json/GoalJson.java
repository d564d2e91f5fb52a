package org.habittracker.adapters.lambda.json;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import org.habittracker.domain.habit.Goal;

/** A goal as the API writes it, told apart by {@code type} ({@link GoalReader} reads it). */
@JsonSerialize(using = ShapeSerializer.class)
public sealed interface GoalJson extends JsonOutput.Shape {

    record YesNo() implements GoalJson {
    }

    record Measured(BigDecimal target, String unit, Goal.Direction direction) implements GoalJson {
    }

    static GoalJson from(Goal goal) {
        return switch (goal) {
            case Goal.YesNo y -> new YesNo();
            case Goal.Measured m -> new Measured(Numbers.plain(m.target()), m.unit(), m.direction());
        };
    }

    @Override
    default void writeTo(JsonGenerator out) throws IOException {
        out.writeStartObject();
        switch (this) {
            case YesNo y -> out.writeStringField("type", "yesNo");
            case Measured m -> {
                out.writeStringField("type", "measured");
                out.writeNumberField("target", m.target());
                out.writeStringField("unit", m.unit());
                out.writeStringField("direction", m.direction().name());
            }
        }
        out.writeEndObject();
    }
}
