package org.habittracker.adapters.lambda.json;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import org.habittracker.domain.habit.Goal;

/** A goal on the wire, told apart by {@code type}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = GoalJson.YesNo.class, name = "yesNo"),
        @JsonSubTypes.Type(value = GoalJson.Measured.class, name = "measured") })
public sealed interface GoalJson {

    Goal toDomain();

    record YesNo() implements GoalJson {
        @Override
        public Goal toDomain() {
            return new Goal.YesNo();
        }
    }

    record Measured(BigDecimal target, String unit, Goal.Direction direction) implements GoalJson {
        @Override
        public Goal toDomain() {
            return new Goal.Measured(Required.of(target, "goal.target"), unit == null ? "" : unit,
                    direction == null ? Goal.Direction.AT_LEAST : direction);
        }
    }

    static GoalJson from(Goal goal) {
        return switch (goal) {
            case Goal.YesNo y -> new YesNo();
            case Goal.Measured m -> new Measured(Numbers.plain(m.target()), m.unit(), m.direction());
        };
    }
}
