package org.habittracker.application.service.reminder;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.habittracker.application.port.out.PushMessage;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.Habit;

/**
 * The notification the service worker shows: the JSON of the issue-17 contract, a TTL of one hour (a reminder
 * is pointless later) and a Topic per habit, so an undelivered older reminder of the habit is replaced.
 */
final class ReminderPayload {
    static final Duration TIME_TO_LIVE = Duration.ofHours(1);

    private ReminderPayload() {
    }

    static PushMessage of(Habit habit, LocalDate day) {
        String body = habit.description().isEmpty() ? "Time for " + habit.name() : habit.description();
        String id = habit.id().toString();
        String json = "{\"type\":\"reminder\",\"habitId\":" + quote(id) + ",\"day\":" + quote(day.toString())
                + ",\"title\":" + quote(habit.name()) + ",\"body\":" + quote(body)
                + ",\"measured\":" + (habit.goal() instanceof Goal.Measured) + ",\"url\":" + quote("/habits/" + id) + "}";
        // RFC 8030 §5.4: at most 32 characters of the URL-safe alphabet. "r" and the 32 hex digits would be 33, so
        // the topic is the hex digits alone (unique per habit all the same).
        return new PushMessage(json, TIME_TO_LIVE, Optional.of(id.replace("-", "")));
    }

    /** A JSON string: the habit's name and description are the owner's free text. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
