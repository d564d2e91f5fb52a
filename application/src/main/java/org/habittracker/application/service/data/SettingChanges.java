package org.habittracker.application.service.data;

import java.util.ArrayList;
import java.util.List;
import org.habittracker.application.port.in.data.ImportPreview.Setting;
import org.habittracker.application.port.in.data.ImportPreview.SettingChange;
import org.habittracker.domain.user.UserSettings;

/** Which of the owner's settings an import's settings would change. */
final class SettingChanges {

    private SettingChanges() {
    }

    static List<SettingChange> between(UserSettings yours, UserSettings file) {
        List<SettingChange> changes = new ArrayList<>();
        if (!yours.timeZone().equals(file.timeZone())) {
            changes.add(new SettingChange(Setting.TIME_ZONE, yours.timeZone().getId(), file.timeZone().getId()));
        }
        if (yours.dayStartHour() != file.dayStartHour()) {
            changes.add(new SettingChange(Setting.DAY_START_HOUR, String.valueOf(yours.dayStartHour()),
                    String.valueOf(file.dayStartHour())));
        }
        if (yours.weekStart() != file.weekStart()) {
            changes.add(new SettingChange(Setting.WEEK_START, yours.weekStart().name(), file.weekStart().name()));
        }
        return changes;
    }
}
