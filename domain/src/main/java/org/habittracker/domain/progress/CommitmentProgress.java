package org.habittracker.domain.progress;

/** Satisfied days counted towards a commitment of {@code days} days. */
public record CommitmentProgress(int days, int satisfied) {
}
