package org.habittracker.application.port.in.data;

/**
 * How an import treats what the owner already has.
 *
 * @param duplicates what becomes of the file's habits that are already the owner's
 * @param settings   whether the file's settings (time zone, day start, week start) replace the owner's
 */
public record ImportOptions(Duplicates duplicates, Settings settings) {

    /** {@code COPY} is what an import always did: every habit of the file is added, as a new habit. */
    public enum Duplicates {
        SKIP, COPY
    }

    /**
     * {@code KEEP} leaves the owner's settings as they are, so an import never moves the owner's days unasked;
     * {@code REPLACE} takes the file's.
     */
    public enum Settings {
        KEEP, REPLACE
    }

    public ImportOptions {
        if (duplicates == null || settings == null) {
            throw new IllegalArgumentException("duplicates and settings are both required");
        }
    }
}
