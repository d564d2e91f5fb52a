package org.habittracker.adapters.lambda.data;

import java.util.List;

import org.habittracker.application.port.in.data.ImportPreview;

/**
 * {@code POST /api/import?preview=true}: what the import would do. {@code alreadyHereAs} is the id of the
 * user's habit a habit of the file already is (absent when it is new); {@code settings} lists only the settings
 * the file would change, by their name in the settings API.
 */
record ImportPreviewJson(int habitCount, int alreadyHere, int checkIns, int pauses, List<HabitEntry> habits,
        List<SettingJson> settings) {

    record HabitEntry(String name, String alreadyHereAs) {
    }

    record SettingJson(String name, String yours, String file) {
    }

    static ImportPreviewJson from(ImportPreview preview) {
        return new ImportPreviewJson(preview.habits().size(), preview.alreadyHere(), preview.checkIns(),
                preview.pauses(),
                preview.habits().stream()
                        .map(h -> new HabitEntry(h.name(), h.alreadyHereAs().map(Object::toString).orElse(null)))
                        .toList(),
                preview.settings().stream()
                        .map(s -> new SettingJson(name(s.setting()), s.yours(), s.file())).toList());
    }

    private static String name(ImportPreview.Setting setting) {
        return switch (setting) {
            case TIME_ZONE -> "timeZone";
            case DAY_START_HOUR -> "dayStartHour";
            case WEEK_START -> "weekStart";
        };
    }
}
