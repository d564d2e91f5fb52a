package org.habittracker.adapters.lambda.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.habittracker.adapters.lambda.json.JsonFields.Need;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.shared.Amounts;

/**
 * The {@code goal} field of a habit in a body ({@link GoalJson} is its shape). Target and unit are checked each on
 * its own with the domain's rules, so a negative target and an unknown direction are both named.
 */
public final class GoalReader {

    public static final List<String> TYPES = List.of("yesNo", "measured");

    private GoalReader() {
    }

    public static Optional<Goal> read(JsonFields habit, Need need) {
        Optional<JsonFields> found = habit.object("goal", need);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        JsonFields goal = found.get();
        FieldErrors errors = habit.errors();
        JsonNode typeNode = goal.raw("type");
        String type = typeNode != null && typeNode.isTextual() ? typeNode.textValue() : "";
        if (!TYPES.contains(type)) {
            errors.add(goal.at("type"), "type", "is missing or not a known type " + TYPES);
            return Optional.empty();
        }
        if (type.equals("yesNo")) {
            goal.allowOnly(Set.of("type"));
            return Optional.of(new Goal.YesNo());
        }
        goal.allowOnly(Set.of("type", "target", "unit", "direction"));
        String prefix = habit.path();
        int before = errors.count();
        Optional<BigDecimal> target = goal.decimal("target", Need.REQUIRED)
                .flatMap(value -> errors.attempt(prefix, () -> Amounts.check(value, "goal.target")));
        String unit = goal.text("unit", Need.OPTIONAL).orElse("");
        errors.attempt(prefix, () -> Goal.Measured.checkUnit(unit));
        Goal.Direction direction = goal.constant("direction", Goal.Direction.class, Need.OPTIONAL)
                .orElse(Goal.Direction.AT_LEAST);
        if (errors.count() > before) {
            return Optional.empty();
        }
        return errors.attempt(prefix, () -> new Goal.Measured(target.orElseThrow(), unit, direction));
    }
}
