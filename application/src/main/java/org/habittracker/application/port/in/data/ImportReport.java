package org.habittracker.application.port.in.data;

/** What an import took, and how many of the file's habits it left out as already the owner's. */
public record ImportReport(int habits, int checkIns, int pauses, int milestones, int skipped) {
}
