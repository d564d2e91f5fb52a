package org.habittracker.application.port.in.data;

/** What an import took. */
public record ImportReport(int habits, int checkIns, int pauses, int milestones) {
}
