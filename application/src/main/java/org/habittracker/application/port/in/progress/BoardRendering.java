package org.habittracker.application.port.in.progress;

/**
 * How the caller writes the board (the HTTP API: its JSON). The board is cached as written, so a hit is
 * served without decoding a read model and encoding it again.
 */
public interface BoardRendering {

    /**
     * Names the written shape; part of the cache key, so that a deployment that changes the shape under a new
     * name never serves what the old code wrote. Change it whenever the output changes.
     */
    String format();

    byte[] render(TodayBoard board);
}
