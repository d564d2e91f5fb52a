package org.habittracker.adapters.lambda.format.export;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.habittracker.adapters.lambda.json.ReminderReader;
import org.habittracker.domain.reminder.Reminder;

import org.habittracker.adapters.lambda.checkins.CheckInJson;
import org.habittracker.adapters.lambda.json.HabitJson;
import org.habittracker.adapters.lambda.json.GoalJson;
import org.habittracker.adapters.lambda.json.ScheduleJson;
import org.habittracker.adapters.lambda.pauses.PauseJson;
import org.habittracker.adapters.lambda.progress.StatisticsJson;
import org.habittracker.application.port.in.data.UserDataExport;
import org.habittracker.application.port.in.data.UserDataExport;
import org.habittracker.domain.user.UserSettings;

/**
 * Our versioned export format ({@code GET /api/export}, {@code POST /api/import}). Ids in it only tie
 * check-ins, milestones and pauses to their habits; an import gives everything new ids.
 */
public record ExportJson(Integer formatVersion, Instant exportedAt, String username, Settings settings,
        List<Habit> habits, List<PauseJson> pauses) {

    public record Settings(String timeZone, Integer dayStartHour, DayOfWeek weekStart) {
        static Settings from(UserSettings settings) {
            return new Settings(settings.timeZone().getId(), settings.dayStartHour(), settings.weekStart());
        }
    }

    /** A habit with its whole history. */
    public record Habit(String id, String name, String description, String color, String emoji,
            ScheduleJson schedule, GoalJson goal, LocalDate startDate, Integer commitmentDays, Integer position,
            Boolean archived, Instant createdAt, List<CheckInJson> checkins,
            List<StatisticsJson.MilestoneJson> milestones, ReminderJson reminder) {
    }

    /** A habit's reminder (format 2), absent when it has none; a snooze is not exported. */
    public record ReminderJson(String time, List<DayOfWeek> days) {
        static ReminderJson from(Reminder reminder) {
            return new ReminderJson(ReminderReader.TIME.format(reminder.time()), List.copyOf(reminder.days()));
        }
    }

    public static ExportJson from(UserDataExport data) {
        return new ExportJson(data.formatVersion(), data.exportedAt(), data.username().value(),
                Settings.from(data.settings()),
                data.habits().stream().map(h -> {
                    HabitJson j = HabitJson.from(h.habit());
                    return new Habit(j.id(), j.name(), j.description(), j.color(), j.emoji(), j.schedule(), j.goal(),
                            j.startDate(), j.commitmentDays(), j.position(), j.archived(), j.createdAt(),
                            h.checkIns().stream().map(CheckInJson::from).toList(),
                            h.milestones().stream()
                                    .map(m -> new StatisticsJson.MilestoneJson(m.kind(), m.reachedOn())).toList(),
                            h.reminder().map(ReminderJson::from).orElse(null));
                }).toList(),
                data.pauses().stream().map(PauseJson::from).toList());
    }
}
