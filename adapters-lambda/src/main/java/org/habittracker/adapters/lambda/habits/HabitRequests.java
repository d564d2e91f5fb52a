package org.habittracker.adapters.lambda.habits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.habittracker.adapters.lambda.json.GoalReader;
import org.habittracker.adapters.lambda.json.JsonFields.Need;
import org.habittracker.adapters.lambda.json.JsonFields;
import org.habittracker.adapters.lambda.json.JsonValues;
import org.habittracker.adapters.lambda.json.ScheduleReader;
import org.habittracker.application.port.in.habit.Change;
import org.habittracker.application.port.in.habit.CreateHabitCommand;
import org.habittracker.application.port.in.habit.ReorderHabitsCommand;
import org.habittracker.application.port.in.habit.UpdateHabitCommand;
import org.habittracker.application.port.in.habit.Change;
import org.habittracker.application.port.in.habit.CreateHabitCommand;
import org.habittracker.application.port.in.habit.ReorderHabitsCommand;
import org.habittracker.application.port.in.habit.UpdateHabitCommand;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.habit.HexColor;
import org.habittracker.domain.habit.Schedule;
import org.habittracker.domain.user.UserId;

/**
 * The bodies of {@code POST /api/habits} and {@code PATCH /api/habits/{id}} as commands. Faults are recorded,
 * not thrown ({@link FieldErrors}); each field is checked here by asking the domain's rule for it (the
 * commands' annotations say only what must be there), so every fault is named in one answer.
 */
public final class HabitRequests {

    static final Set<String> FIELDS = Set.of("name", "description", "color", "emoji", "schedule", "goal", "startDate",
            "commitmentDays");

    private HabitRequests() {
    }

    public static CreateHabitCommand create(JsonFields body, UserId owner) {
        body.allowOnly(FIELDS);
        String name = body.text("name", Need.REQUIRED).orElse(null);
        if (name != null) {
            checkName(body, name);
        }
        Optional<String> description = body.text("description", Need.OPTIONAL);
        description.ifPresent(d -> checkDescription(body, d));
        HexColor color = body.text("color", Need.OPTIONAL).flatMap(c -> color(body, c)).orElse(HexColor.DEFAULT);
        Optional<String> emoji = body.text("emoji", Need.OPTIONAL);
        emoji.ifPresent(e -> checkEmoji(body, e));
        Schedule schedule = ScheduleReader.read(body, Need.REQUIRED).orElse(null);
        Goal goal = body.present("goal") && !body.isNull("goal") ? GoalReader.read(body, Need.OPTIONAL).orElse(null)
                : new Goal.YesNo();
        Optional<LocalDate> startDate = body.date("startDate", Need.OPTIONAL);
        startDate.ifPresent(day -> checkStartDate(body, day));
        Optional<Integer> commitmentDays = body.integer("commitmentDays", Need.OPTIONAL);
        commitmentDays.ifPresent(days -> checkCommitment(body, days));
        return new CreateHabitCommand(owner, name, description, color, emoji, schedule, goal, startDate,
                commitmentDays);
    }

    /** Absent fields stay; {@code null} clears {@code description}, {@code emoji} and {@code commitmentDays} only. */
    public static UpdateHabitCommand update(JsonFields body, UserId owner, HabitId id) {
        body.allowOnly(FIELDS);
        Optional<String> name = kept(body, "name", f -> body.text(f, Need.REQUIRED));
        name.ifPresent(n -> checkName(body, n));
        Optional<String> description = body.isNull("description") ? Optional.of("")
                : body.text("description", Need.OPTIONAL);
        description.ifPresent(d -> checkDescription(body, d));
        Optional<HexColor> color = kept(body, "color", f -> body.text(f, Need.REQUIRED).flatMap(c -> color(body, c)));
        Change<String> emoji = change(body, "emoji", f -> body.text(f, Need.REQUIRED));
        if (emoji instanceof Change.Set<String> set) {
            checkEmoji(body, set.value());
        }
        Optional<Schedule> schedule = kept(body, "schedule", f -> ScheduleReader.read(body, Need.REQUIRED));
        Optional<Goal> goal = kept(body, "goal", f -> GoalReader.read(body, Need.REQUIRED));
        Optional<LocalDate> startDate = kept(body, "startDate", f -> body.date(f, Need.REQUIRED));
        startDate.ifPresent(day -> checkStartDate(body, day));
        Change<Integer> commitmentDays = change(body, "commitmentDays", f -> body.integer(f, Need.REQUIRED));
        if (commitmentDays instanceof Change.Set<Integer> set) {
            checkCommitment(body, set.value());
        }
        return new UpdateHabitCommand(owner, id, name, description, color, emoji, schedule, goal, startDate,
                commitmentDays);
    }

    /** {@code PUT /api/habits/order}: {@code {"order":[every habit id, in the new order]}}. */
    public static ReorderHabitsCommand reorder(JsonFields body, UserId owner) {
        body.allowOnly(Set.of("order"));
        List<HabitId> order = new ArrayList<>();
        for (JsonValues.Element element : body.array("order", Need.REQUIRED).orElse(List.of())) {
            body.values().uuid(element.node(), element.path(), "a habit id").map(HabitId::new).ifPresentOrElse(order::add,
                    () -> {
                        if (JsonValues.absent(element.node())) {
                            body.errors().add(element.path(), "required", "must be a habit id");
                        }
                    });
        }
        return new ReorderHabitsCommand(owner, order);
    }

    /** A field that may be left out but, when present, must not be null. */
    private static <T> Optional<T> kept(JsonFields body, String field, Function<String, Optional<T>> read) {
        if (!body.present(field)) {
            return Optional.empty();
        }
        if (body.isNull(field)) {
            body.errors().add(body.at(field), "required", "must not be null (leave it out to keep it)");
            return Optional.empty();
        }
        return read.apply(field);
    }

    /** A clearable field: absent keeps it, null clears it, a value sets it (a value that does not read keeps it). */
    private static <T> Change<T> change(JsonFields body, String field, Function<String, Optional<T>> read) {
        if (!body.present(field)) {
            return Change.keep();
        }
        if (body.isNull(field)) {
            return Change.clear();
        }
        return read.apply(field).map(Change::set).orElseGet(Change::keep);
    }

    private static void checkName(JsonFields body, String name) {
        body.errors().attempt(body.path(), () -> Habit.checkName(name));
    }

    private static void checkDescription(JsonFields body, String description) {
        body.errors().attempt(body.path(), () -> Habit.checkDescription(description));
    }

    private static Optional<HexColor> color(JsonFields body, String color) {
        return body.errors().attempt(body.path(), () -> new HexColor(color));
    }

    private static void checkEmoji(JsonFields body, String emoji) {
        body.errors().attempt(body.path(), () -> Habit.checkEmoji(emoji));
    }

    private static void checkStartDate(JsonFields body, LocalDate day) {
        body.errors().attempt(body.path(), () -> Habit.checkStartDate(day));
    }

    private static void checkCommitment(JsonFields body, int days) {
        body.errors().attempt(body.path(), () -> Habit.checkCommitmentDays(days));
    }
}
