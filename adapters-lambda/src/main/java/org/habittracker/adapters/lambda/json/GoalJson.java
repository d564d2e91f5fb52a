package org.habittracker.adapters.lambda.json;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import org.habittracker.domain.habit.Goal;

/** A goal as the API writes it, told apart by {@code type} ({@link GoalReader} reads it). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = GoalJson.YesNo.class, name = "yesNo"),
        @JsonSubTypes.Type(value = GoalJson.Measured.class, name = "measured") })
public sealed interface GoalJson {

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
}
