package org.habittracker.application.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.habittracker.application.port.in.progress.BoardRendering;
import org.habittracker.application.port.in.progress.TodayBoard;

/**
 * A {@link BoardRendering} for tests with no JSON at hand: it keeps each board it renders and writes its number,
 * so a test can tell a cached board (same number, no new rendering) from a fresh one and read it back.
 */
public final class KeptBoards implements BoardRendering {
    private final List<TodayBoard> rendered = new CopyOnWriteArrayList<>();

    @Override
    public String format() {
        return "kept";
    }

    @Override
    public byte[] render(TodayBoard board) {
        rendered.add(board);
        return Integer.toString(rendered.size() - 1).getBytes(StandardCharsets.US_ASCII);
    }

    public TodayBoard read(byte[] written) {
        return rendered.get(Integer.parseInt(new String(written, StandardCharsets.US_ASCII)));
    }

    public int renderings() {
        return rendered.size();
    }
}
