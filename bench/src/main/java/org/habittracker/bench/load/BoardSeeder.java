package org.habittracker.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Gives a running server ARCHITECTURE.md §8's throughput user: 20 habits (every schedule and goal kind) with a year of
 * daily check-ins each (7,300 rows) and two pauses, loaded through the API itself (register, then one {@code POST /api/import}),
 * and writes the session cookie to a file for the load generator. An optional fourth argument gives the years of
 * history instead of one (issue 14: 10 years are 73,000 rows, a 2.6 MB import, under the 5 MB import limit).
 *
 * <p>JDK only, so it runs as a single source file, with no build:
 * <pre>{@code
 * java bench/src/main/java/org/habittracker/bench/load/BoardSeeder.java http://localhost:8080 bench-user /tmp/cookie [years]
 * }</pre>
 * The check-ins are drawn from a fixed seed: every run gives every user the same board.
 */
public final class BoardSeeder {
    static final int HABITS = 20;
    static final String PASSWORD = "load-test password, not a secret";
    static final String TIME_ZONE = "Europe/Paris";

    private BoardSeeder() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 3 && args.length != 4) {
            System.err.println("usage: BoardSeeder <base url> <username> <cookie file> [years of history, 1]");
            System.exit(2);
        }
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        String username = args[1];
        Path cookieFile = Path.of(args[2]);
        int years = args.length == 4 ? Integer.parseInt(args[3]) : 1;

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String credentials = "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"timeZone\":\""
                + TIME_ZONE + "\"}";
        HttpResponse<String> registered = post(http, base, "api/auth/register", credentials, Optional.empty());
        if (registered.statusCode() != 201) {
            throw new IllegalStateException("register " + username + ": " + registered.statusCode() + " "
                    + registered.body() + " (use a new username per run)");
        }
        String cookie = sessionCookie(registered);

        LocalDate today = LocalDate.now(ZoneId.of(TIME_ZONE));
        String export = export(today, today.minusYears(years), new Random(20_365));
        HttpResponse<String> imported = post(http, base, "api/import", export, Optional.of(cookie));
        if (imported.statusCode() != 200) {
            throw new IllegalStateException("import: " + imported.statusCode() + " " + imported.body());
        }
        Files.writeString(cookieFile, cookie + "\n");
        System.out.println("seeded " + username + ": " + imported.body() + "; cookie in " + cookieFile);
    }

    private static HttpResponse<String> post(HttpClient http, URI base, String path, String json,
            Optional<String> cookie) throws IOException, InterruptedException {
        URI uri = base.resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(180))
                .header("Content-Type", "application/json")
                // The API refuses state-changing requests that do not show they come from its own site.
                .header("Origin", uri.getScheme() + "://" + uri.getAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(json));
        cookie.ifPresent(value -> request.header("Cookie", value));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code habits_session=<token>}, as a browser would send it back. */
    static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("set-cookie").stream()
                .map(header -> header.split(";", 2)[0].strip())
                .filter(pair -> pair.startsWith("habits_session="))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no session cookie in " + response.headers().map()));
    }

    /** The export document (format 1, docs/openapi.yaml) the import takes. */
    static String export(LocalDate today, LocalDate first, Random random) {
        List<String> habits = IntStream.range(0, HABITS)
                .mapToObj(i -> habit(i, first, today, random))
                .toList();
        String pauses = """
                [{"id":"%s","from":"%s","to":"%s"},{"id":"%s","habitId":"%s","from":"%s","to":"%s"}]"""
                .formatted(UUID.randomUUID(), first.plusDays(100), first.plusDays(106),
                        UUID.randomUUID(), habitId(3), first.plusDays(200), first.plusDays(213));
        return """
                {"formatVersion":1,"settings":{"timeZone":"%s","dayStartHour":0,"weekStart":"MONDAY"},\
                "habits":[%s],"pauses":%s}"""
                .formatted(TIME_ZONE, String.join(",", habits), pauses);
    }

    /** Fixed ids (the import makes new ones; these only tie the pause to its habit). */
    private static UUID habitId(int index) {
        return new UUID(0x0194_0000_0000_7000L, 0x8000_0000_0000_0000L | index);
    }

    private static String habit(int index, LocalDate first, LocalDate today, Random random) {
        String schedule = switch (index % 5) {
            case 0, 1 -> "{\"type\":\"daily\"}";
            case 2 -> "{\"type\":\"weekdays\",\"days\":[\"MONDAY\",\"WEDNESDAY\",\"FRIDAY\"]}";
            case 3 -> "{\"type\":\"timesPerWindow\",\"times\":3,\"days\":7}";
            default -> "{\"type\":\"timesPerWeek\",\"times\":4}";
        };
        boolean measured = index % 4 == 3;
        String goal = measured ? "{\"type\":\"measured\",\"target\":30,\"unit\":\"min\"}" : "{\"type\":\"yesNo\"}";
        // One check-in a day (7,300 rows for the board, as ARCHITECTURE.md §8 counts them); measured amounts fall
        // short now and then, so streaks and scores differ along the board.
        String checkIns = first.datesUntil(today)
                .map(day -> checkIn(day, measured, random))
                .collect(Collectors.joining(","));
        return """
                {"id":"%s","name":"Habit %d","description":"","color":"#%06x","schedule":%s,"goal":%s,\
                "startDate":"%s","position":%d,"archived":false,"checkins":[%s],"milestones":[]}"""
                .formatted(habitId(index), index + 1, random.nextInt(0x1000000), schedule, goal, first, index,
                        checkIns);
    }

    private static String checkIn(LocalDate day, boolean measured, Random random) {
        if (random.nextInt(20) == 0) {
            return "{\"day\":\"" + day + "\",\"status\":\"SKIPPED\"}";
        }
        if (measured) {
            return String.format(Locale.ROOT, "{\"day\":\"%s\",\"status\":\"DONE\",\"amount\":%d}", day,
                    10 + random.nextInt(40));
        }
        return "{\"day\":\"" + day + "\",\"status\":\"DONE\"}";
    }
}
