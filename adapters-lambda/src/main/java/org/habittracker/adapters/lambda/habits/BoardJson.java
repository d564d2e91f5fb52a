package org.habittracker.adapters.lambda.habits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

import org.habittracker.adapters.lambda.json.BoardEntryJson;
import org.habittracker.adapters.lambda.json.JsonOutput;
import org.habittracker.application.port.in.progress.BoardRendering;
import org.habittracker.application.port.in.progress.TodayBoard;

/** {@code GET /api/habits}: the today board, written streaming (a cold start's first answer: no databind). */
public record BoardJson(LocalDate today, List<BoardEntryJson> habits) implements JsonOutput.Shape {

    /**
     * The board as the API writes it, which is what the cache keeps. The format name goes with the shape of
     * {@link BoardJson} and {@link BoardEntryJson}: bump it when either changes.
     */
    static final BoardRendering RENDERING = new BoardRendering() {
        @Override
        public String format() {
            return "api-v1";
        }

        @Override
        public byte[] render(TodayBoard board) {
            return JsonOutput.write(from(board)).getBytes(StandardCharsets.UTF_8);
        }
    };

    public static BoardJson from(TodayBoard board) {
        return new BoardJson(board.today(), board.habits().stream().map(BoardEntryJson::from).toList());
    }

    @Override
    public void writeTo(JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("today", today.toString());
        out.writeArrayFieldStart("habits");
        for (BoardEntryJson entry : habits) {
            entry.writeTo(out);
        }
        out.writeEndArray();
        out.writeEndObject();
    }
}
