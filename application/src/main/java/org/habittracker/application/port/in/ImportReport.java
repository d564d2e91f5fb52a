package org.habittracker.application.port.in;

/** What an import took. */
public record ImportReport(int habits, int checkIns, int pauses, int milestones) {
}
