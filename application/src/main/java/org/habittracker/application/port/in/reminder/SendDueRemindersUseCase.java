package org.habittracker.application.port.in.reminder;

import java.time.Instant;

/** The scheduler's one call, every minute: send what is due at {@code now}. Safe to run on several hosts at once. */
public interface SendDueRemindersUseCase {

    SendSummary sendDue(Instant now);
}
