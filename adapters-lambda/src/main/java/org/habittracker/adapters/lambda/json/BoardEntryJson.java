package org.habittracker.adapters.lambda.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import org.habittracker.application.port.in.progress.TodayBoard;
import org.habittracker.domain.progress.HabitSummary;
import org.habittracker.domain.progress.TodayStatus;

/**
 * One habit on the today board: its fields as {@link HabitJson} writes them, then how today stands. Shared by the
 * board and by the check-in writes, which answer with the one entry they changed. Written streaming (the board is
 * a cold start's first answer: no databind), however the document around it is written.
 */
@JsonSerialize(using = ShapeSerializer.class)
public record BoardEntryJson(HabitJson habit, TodayStatus todayStatus, Optional<BigDecimal> todayAmount,
        int currentStreak, double score) implements JsonOutput.Shape {

    public static BoardEntryJson from(TodayBoard.Entry entry) {
        HabitSummary summary = entry.summary();
        return new BoardEntryJson(HabitJson.from(entry.habit()), summary.todayStatus(),
                summary.todayAmount().map(Numbers::plain), summary.currentStreak(), Numbers.score(summary.score()));
    }

    @Override
    public void writeTo(JsonGenerator out) throws IOException {
        out.writeStartObject();
        habit.writeFields(out);
        out.writeStringField("todayStatus", todayStatus.name());
        JsonOutput.number(out, "todayAmount", todayAmount);
        out.writeNumberField("currentStreak", currentStreak);
        out.writeNumberField("score", score);
        out.writeEndObject();
    }
}
