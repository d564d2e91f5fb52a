package org.habittracker.adapters.lambda.json;

/** Field paths as problem documents name them: {@code habits[1].schedule.times}. */
public final class Paths {

    private Paths() {
    }

    /** {@code join("habits[1]", "schedule.times")} is {@code habits[1].schedule.times}; either side may be empty. */
    public static String join(String prefix, String field) {
        if (prefix.isEmpty()) {
            return field;
        }
        if (field.isEmpty()) {
            return prefix;
        }
        return field.startsWith("[") ? prefix + field : prefix + "." + field;
    }

    public static String index(String path, int index) {
        return path + "[" + index + "]";
    }
}
