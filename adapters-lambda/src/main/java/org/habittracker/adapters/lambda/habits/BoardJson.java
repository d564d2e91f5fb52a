package org.habittracker.adapters.lambda.habits;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;

import org.habittracker.adapters.lambda.json.JsonOutput;
import org.habittracker.adapters.lambda.json.Numbers;
import org.habittracker.application.port.in.progress.TodayBoard;
import org.habittracker.domain.progress.HabitSummary;
import org.habittracker.domain.progress.TodayStatus;

/** {@code GET /api/habits}: the today board, written streaming (a cold start's first answer: no databind). */
public record BoardJson(LocalDate today, List<Entry> habits) implements JsonOutput.Shape {

    /** A habit's fields as {@link HabitJson} writes them, then how today stands. */
    public record Entry(HabitJson habit, TodayStatus todayStatus, Optional<BigDecimal> todayAmount, int currentStreak,
            double score) {

        static Entry from(TodayBoard.Entry entry) {
            HabitSummary summary = entry.summary();
            return new Entry(HabitJson.from(entry.habit()), summary.todayStatus(),
                    summary.todayAmount().map(Numbers::plain), summary.currentStreak(), Numbers.score(summary.score()));
        }

        void writeTo(JsonGenerator out) throws IOException {
            out.writeStartObject();
            habit.writeFields(out);
            out.writeStringField("todayStatus", todayStatus.name());
            JsonOutput.number(out, "todayAmount", todayAmount);
            out.writeNumberField("currentStreak", currentStreak);
            out.writeNumberField("score", score);
            out.writeEndObject();
        }
    }

    public static BoardJson from(TodayBoard board) {
        return new BoardJson(board.today(), board.habits().stream().map(Entry::from).toList());
    }

    @Override
    public void writeTo(JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("today", today.toString());
        out.writeArrayFieldStart("habits");
        for (Entry entry : habits) {
            entry.writeTo(out);
        }
        out.writeEndArray();
        out.writeEndObject();
    }
}
