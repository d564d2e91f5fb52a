package org.habittracker.adapters.lambda.habits;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.habittracker.adapters.lambda.json.BoardEntryJson;
import org.habittracker.adapters.lambda.json.Json;
import org.habittracker.application.port.in.progress.BoardRendering;
import org.habittracker.application.port.in.progress.TodayBoard;

/** {@code GET /api/habits}: the today board. */
public record BoardJson(LocalDate today, List<BoardEntryJson> habits) {

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
            return Json.write(from(board)).getBytes(StandardCharsets.UTF_8);
        }
    };

    public static BoardJson from(TodayBoard board) {
        return new BoardJson(board.today(), board.habits().stream().map(BoardEntryJson::from).toList());
    }
}
