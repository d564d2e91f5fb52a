package org.habittracker.adapters.lambda.fuzz;

import java.util.List;
import java.util.function.Function;

/**
 * Every write endpoint of the API with a body it takes, for the fuzz suites: through the handler here, and
 * through the real local server (adapters-local-http's tests, through this module's test-jar). One table, so a
 * new write endpoint is fuzzed both ways once it is added here.
 */
public final class WriteEndpoints {

    /** A valid habit, with every optional field, so every field of it gets fuzzed. */
    public static final String HABIT = """
            {"name":"Water","description":"glasses a day","color":"#1976d2","emoji":"💧",
             "schedule":{"type":"timesPerWindow","times":3,"days":7},
             "goal":{"type":"measured","target":8,"unit":"glasses","direction":"AT_LEAST"},
             "startDate":"2026-11-01","commitmentDays":30}""";

    /** A browser's subscription as {@code PushSubscription.toJSON()} gives it (keys of the right lengths). */
    public static final String PUSH_SUBSCRIPTION = "{\"endpoint\":\"https://push.example.net/fuzz\","
            + "\"expirationTime\":null,\"keys\":{\"p256dh\":\"BAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\","
            + "\"auth\":\"AAAAAAAAAAAAAAAAAAAAAA\"}}";

    /** The fuzzed user's account, as each suite reaches it: the habit it made and an export it may import. */
    public interface Account {
        String habitId();

        /** The user's own export with a new habit id, so importing it is valid: every field of it gets fuzzed. */
        String importable();
    }

    /** One write endpoint: how to address it once the user and their habit exist, and a body it takes. */
    public record Endpoint(String name, String method, Function<Account, String> path,
            Function<Account, String> validBody) {
        @Override
        public String toString() {
            return name;
        }
    }

    private WriteEndpoints() {
    }

    public static List<Endpoint> all() {
        return List.of(
                new Endpoint("register", "POST", a -> "/api/auth/register",
                        a -> "{\"username\":\"fuzzed\",\"password\":\"correct horse battery\",\"timeZone\":\"Europe/Berlin\"}"),
                new Endpoint("log in", "POST", a -> "/api/auth/login",
                        a -> "{\"username\":\"fuzzer\",\"password\":\"not the password\"}"),
                new Endpoint("settings", "PATCH", a -> "/api/me",
                        a -> "{\"timeZone\":\"Pacific/Kiritimati\",\"dayStartHour\":3,\"weekStart\":\"SUNDAY\"}"),
                new Endpoint("delete account", "DELETE", a -> "/api/me", a -> "{\"password\":\"not the password\"}"),
                new Endpoint("create habit", "POST", a -> "/api/habits", a -> HABIT),
                new Endpoint("update habit", "PATCH", a -> "/api/habits/" + a.habitId(), a -> HABIT),
                new Endpoint("reorder", "PUT", a -> "/api/habits/order", a -> "{\"order\":[\"" + a.habitId() + "\"]}"),
                new Endpoint("check in", "PUT", a -> "/api/habits/" + a.habitId() + "/checkins/2026-11-20",
                        a -> "{\"status\":\"DONE\",\"amount\":2.5,\"note\":\"fine\"}"),
                new Endpoint("pause", "POST", a -> "/api/pauses",
                        a -> "{\"habitId\":\"" + a.habitId() + "\",\"from\":\"2026-11-01\",\"to\":\"2026-11-07\"}"),
                new Endpoint("token", "POST", a -> "/api/tokens", a -> "{\"name\":\"script\"}"),
                new Endpoint("reminder", "PUT", a -> "/api/habits/" + a.habitId() + "/reminder",
                        a -> "{\"time\":\"08:30\",\"days\":[\"MONDAY\",\"SUNDAY\"]}"),
                new Endpoint("snooze", "POST", a -> "/api/habits/" + a.habitId() + "/reminder/snooze",
                        a -> "{\"minutes\":15}"),
                new Endpoint("push subscription", "POST", a -> "/api/push/subscriptions", a -> PUSH_SUBSCRIPTION),
                new Endpoint("import", "POST", a -> "/api/import", Account::importable));
    }
}
