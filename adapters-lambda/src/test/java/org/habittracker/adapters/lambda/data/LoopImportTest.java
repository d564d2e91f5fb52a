package org.habittracker.adapters.lambda.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.habittracker.adapters.lambda.http.HttpSettings;
import org.habittracker.adapters.lambda.support.ApiResponse;
import org.habittracker.adapters.lambda.support.Events;
import org.habittracker.adapters.lambda.support.FakeBackedApi;
import org.habittracker.adapters.lambda.support.LoopZip;

@DisplayName("Loop Habit Tracker's CSV export zip, imported all or nothing")
class LoopImportTest {

    private final FakeBackedApi api = new FakeBackedApi();
    private String session;

    @BeforeEach
    void logIn() {
        session = api.register("ada"); // Europe/Berlin; today is 2026-11-22
    }

    /** Four habits as Loop exports them: daily yes/no, 3 per 7 days, measured, archived; with skips and notes. */
    private static LoopZip fourHabits() {
        return LoopZip.export()
                .habit("001,Meditate,YES_NO,Did you meditate this morning?,,1,1,#FF8F00,,,,false", "001 Meditate",
                        "2026-11-22,YES_MANUAL,\"calm, for once\"", "2026-11-21,NO,", "2026-11-20,SKIP,",
                        "2026-11-19,YES_MANUAL,", "2026-11-18,UNKNOWN,")
                .habit("002,Gym,YES_NO,Did you go to the gym?,Legs day counts,3,7,#00897B,,,,false", "002 Gym",
                        "2026-11-22,YES_AUTO,", "2026-11-21,YES_MANUAL,", "2026-11-20,YES_AUTO,",
                        "2026-11-19,YES_MANUAL,", "2026-11-10,NO,")
                .habit("003,Water,NUMERICAL,How many glasses?,,1,1,#1976D2,glasses,AT_LEAST,8.0,false", "003 Water",
                        "2026-11-22,8000,", "2026-11-21,2500,thirsty day", "2026-11-20,NO,", "2026-11-19,SKIP,")
                .habit("004,Old habit,YES_NO,,,1,7,#757575,,,,true", "004 Old habit", "2026-10-01,YES_MANUAL,");
    }

    private ApiResponse importZip(byte[] zip) {
        return api.send(Events.request("POST", "/api/import").session(session).binary("application/zip", zip));
    }

    private JsonNode habitNamed(String name) {
        JsonNode all = api.send(Events.request("GET", "/api/export").session(session)).json().get("habits");
        for (JsonNode habit : all) {
            if (habit.get("name").asText().equals(name)) {
                return habit;
            }
        }
        throw new AssertionError("no habit " + name + " in " + all);
    }

    @Test
    @DisplayName("four habits come in with their schedules, goals, colours, check-ins and archive flag, reported as for our JSON")
    void imports() {
        ApiResponse response = importZip(fourHabits().zip());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("habits").asInt()).isEqualTo(4);
        assertThat(response.json().get("checkIns").asInt()).isEqualTo(3 + 2 + 4 + 1);
        assertThat(response.json().get("pauses").asInt()).isZero();
        JsonNode board = api.send(Events.request("GET", "/api/habits").session(session)).json();
        assertThat(board.get("habits").findValuesAsText("name")).containsExactly("Meditate", "Gym", "Water");
        JsonNode archived = api.send(Events.request("GET", "/api/habits?archived=true").session(session)).json();
        assertThat(archived.get("habits").findValuesAsText("name")).containsExactly("Old habit");
    }

    @Test
    @DisplayName("1/1 is daily, 3/7 a rolling window of 3 in 7 days; Question and Description make the description")
    void schedules() {
        importZip(fourHabits().zip());

        JsonNode meditate = habitNamed("Meditate");
        JsonNode gym = habitNamed("Gym");
        assertThat(meditate.get("schedule").toString()).isEqualTo("{\"type\":\"daily\"}");
        assertThat(meditate.get("color").asText()).isEqualTo("#ff8f00");
        assertThat(meditate.get("description").asText()).isEqualTo("Did you meditate this morning?");
        assertThat(meditate.get("startDate").asText()).isEqualTo("2026-11-18");
        assertThat(gym.get("schedule").toString()).isEqualTo("{\"type\":\"timesPerWindow\",\"times\":3,\"days\":7}");
        assertThat(gym.get("description").asText()).isEqualTo("Did you go to the gym?\n\nLegs day counts");
        assertThat(habitNamed("Old habit").get("archived").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("YES_MANUAL is done and SKIP skipped, with notes; YES_AUTO, NO and UNKNOWN make no check-in")
    void yesNoValues() {
        importZip(fourHabits().zip());

        JsonNode meditate = habitNamed("Meditate").get("checkins");
        assertThat(meditate.findValuesAsText("day")).containsExactlyInAnyOrder("2026-11-22", "2026-11-20", "2026-11-19");
        assertThat(checkIn(meditate, "2026-11-22").get("status").asText()).isEqualTo("DONE");
        assertThat(checkIn(meditate, "2026-11-22").get("note").asText()).isEqualTo("calm, for once");
        assertThat(checkIn(meditate, "2026-11-20").get("status").asText()).isEqualTo("SKIPPED");
        assertThat(habitNamed("Gym").get("checkins").findValuesAsText("day"))
                .containsExactlyInAnyOrder("2026-11-21", "2026-11-19");
    }

    @Test
    @DisplayName("a numerical habit is measured (target, unit, at least); thousandths become amounts, NO is 0, SKIP skipped")
    void measuredValues() {
        importZip(fourHabits().zip());

        JsonNode water = habitNamed("Water");
        assertThat(water.get("goal").toString())
                .isEqualTo("{\"type\":\"measured\",\"target\":8,\"unit\":\"glasses\",\"direction\":\"AT_LEAST\"}");
        JsonNode checkins = water.get("checkins");
        assertThat(checkIn(checkins, "2026-11-22").get("amount").decimalValue()).isEqualByComparingTo("8");
        assertThat(checkIn(checkins, "2026-11-21").get("amount").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(checkIn(checkins, "2026-11-21").get("note").asText()).isEqualTo("thirsty day");
        assertThat(checkIn(checkins, "2026-11-20").get("amount").decimalValue()).isEqualByComparingTo("0");
        assertThat(checkIn(checkins, "2026-11-19").get("status").asText()).isEqualTo("SKIPPED");
        JsonNode board = api.send(Events.request("GET", "/api/habits").session(session)).json().get("habits");
        assertThat(board.get(2).get("todayStatus").asText()).isEqualTo("DONE");
    }

    @Test
    @DisplayName("imported habits go after the user's own, and a second import adds them again")
    void afterOwnHabits() {
        api.createHabit(session, "Mine");

        importZip(fourHabits().zip());

        JsonNode board = api.send(Events.request("GET", "/api/habits").session(session)).json();
        assertThat(board.get("habits").findValuesAsText("name")).containsExactly("Mine", "Meditate", "Gym", "Water");
    }

    @Test
    @DisplayName("older exports: the first Habits.csv header, check-marks as date,number lines without a header")
    void olderFormats() {
        byte[] zip = LoopZip.export().habitsHeader("Position,Name,Description,NumRepetitions,Interval,Color")
                .habitWithoutFolder("001,Read,Twenty pages,1,1,#00897B")
                .file("001 Read/Checkmarks.csv", "2026-11-22,2\n2026-11-21,0\n2026-11-20,3\n")
                .habitWithoutFolder("002,Stretch,,2,3,8")
                .zip();

        ApiResponse response = importZip(zip);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode read = habitNamed("Read");
        assertThat(read.get("checkins").findValuesAsText("status")).containsExactlyInAnyOrder("DONE", "SKIPPED");
        assertThat(habitNamed("Stretch").get("color").asText()).isEqualTo("#00897b");
        assertThat(habitNamed("Stretch").get("checkins")).isEmpty();
    }

    @Test
    @DisplayName("an export re-zipped inside one folder is read the same")
    void wrappedInFolder() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("Loop Habits CSV 2026-11-22/Habits.csv",
                (LoopZip.HEADER + "\n001,Meditate,YES_NO,,,1,1,#FF8F00,,,,false\n").getBytes(StandardCharsets.UTF_8));
        entries.put("Loop Habits CSV 2026-11-22/001 Meditate/Checkmarks.csv",
                "Date,Value,Notes\n2026-11-22,YES_MANUAL,\n".getBytes(StandardCharsets.UTF_8));

        ApiResponse response = importZip(LoopZip.zip(entries));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("checkIns").asInt()).isEqualTo(1);
    }

    @Test
    @DisplayName("bad cells of Habits.csv are named by file, line and column, all at once, and nothing is written")
    void badHabitRows() {
        byte[] zip = LoopZip.export()
                .habit("001,Meditate,YES_NO,,,1,1,#FF8F00,,,,false", "001 Meditate", "2026-11-22,YES_MANUAL,")
                .habit("002,Gym,YES_NO,,,3,7,teal,,,,maybe", "002 Gym")
                .habit("003,,GOAL,,,0,7,#00897B,,,,false", "003 Nameless")
                .habit("004,Water,NUMERICAL,,,1,1,#1976D2,glasses,ABOUT,lots,false", "004 Water")
                .zip();

        ApiResponse response = importZip(zip);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldErrors()).containsExactlyInAnyOrder("Habits.csv:3:Color", "Habits.csv:3:Archived?",
                "Habits.csv:4:Name", "Habits.csv:4:Type", "Habits.csv:4:FrequencyNumerator",
                "Habits.csv:5:Target Type", "Habits.csv:5:Target Value");
        assertThat(api.send(Events.request("GET", "/api/habits").session(session)).json().get("habits")).isEmpty();
    }

    @Test
    @DisplayName("bad rows of a Checkmarks.csv are named by folder, file, line and column")
    void badCheckmarks() {
        byte[] zip = LoopZip.export()
                .habit("001,Meditate,YES_NO,,,1,1,#FF8F00,,,,false", "001 Meditate",
                        "2026-11-22,YES_MANUAL,", "2026-11-31,YES_MANUAL,", "2026-11-20,MAYBE,", "2026-11-19,250,",
                        "2026-11-22,NO,", "2026-11-18,NO,,extra")
                .habit("002,Water,NUMERICAL,,,1,1,#1976D2,glasses,AT_LEAST,8.0,false", "002 Water",
                        "2026-11-22,-5,", "1999-12-31,1000,")
                .zip();

        ApiResponse response = importZip(zip);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldErrors()).containsExactlyInAnyOrder("001 Meditate/Checkmarks.csv:3:Date",
                "001 Meditate/Checkmarks.csv:4:Value", "001 Meditate/Checkmarks.csv:5:Value",
                "001 Meditate/Checkmarks.csv:6:Date", "001 Meditate/Checkmarks.csv:7",
                "002 Water/Checkmarks.csv:2:Value", "002 Water/Checkmarks.csv:3:Date");
    }

    @Test
    @DisplayName("a check-in after the user's today, which the import use case refuses, is named by its line too")
    void futureDay() {
        byte[] zip = LoopZip.export()
                .habit("001,Meditate,YES_NO,,,1,1,#FF8F00,,,,false", "001 Meditate",
                        "2026-11-24,YES_MANUAL,", "2026-11-22,YES_MANUAL,")
                .zip();

        ApiResponse response = importZip(zip);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldErrors()).containsExactly("001 Meditate/Checkmarks.csv:2:Date");
        assertThat(response.json().get("errors").get(0).get("message").asText()).contains("after today");
    }

    @Test
    @DisplayName("a missing column, a folder of no habit and unclosed quotes are named")
    void structure() {
        ApiResponse noColor = importZip(LoopZip.export().habitsHeader("Position,Name,FrequencyNumerator,FrequencyDenominator")
                .habitWithoutFolder("001,Meditate,1,1").zip());
        ApiResponse strayFolder = importZip(LoopZip.export()
                .habit("001,Meditate,YES_NO,,,1,1,#FF8F00,,,,false", "001 Meditate")
                .file("007 Ghost/Checkmarks.csv", "Date,Value,Notes\n").zip());
        ApiResponse quotes = importZip(LoopZip.export()
                .habitWithoutFolder("001,\"Meditate,YES_NO,,,1,1,#FF8F00,,,,false").zip());

        assertThat(noColor.fieldErrors()).containsExactly("Habits.csv:1:Color");
        assertThat(strayFolder.fieldErrors()).containsExactly("007 Ghost/Checkmarks.csv");
        assertThat(quotes.status()).isEqualTo(400);
        assertThat(quotes.fieldErrors()).singleElement().asString().startsWith("Habits.csv:");
    }

    @Test
    @DisplayName("a zip bomb is stopped at 64 MiB expanded, before it is all inflated")
    void zipBomb() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("Habits.csv"));
            zip.write((LoopZip.HEADER + "\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("001 Bomb/Scores.csv"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(HttpSettings.IMPORT_BODY_LIMIT);

        ApiResponse response = importZip(bytes.toByteArray());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("message").asText()).contains("64 MiB");
    }

    @Test
    @DisplayName("more than 5,000 entries are refused")
    void tooManyEntries() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i <= 5_000; i++) {
            entries.put("x/" + i, new byte[0]);
        }

        ApiResponse response = importZip(LoopZip.zip(entries));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("message").asText()).contains("5000 entries");
    }

    @Test
    @DisplayName("entry names that could leave a directory are refused, naming the entry")
    void pathTraversal() {
        for (String name : List.of("../Habits.csv", "001 A/../../etc/passwd", "/etc/Habits.csv", "C:/Habits.csv",
                "a\\..\\b")) {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put("Habits.csv", (LoopZip.HEADER + "\n").getBytes(StandardCharsets.UTF_8));
            entries.put(name, new byte[] {1});

            ApiResponse response = importZip(LoopZip.zip(entries));

            assertThat(response.status()).as(name).isEqualTo(400);
            assertThat(response.fieldErrors()).as(name).containsExactly(name);
        }
    }

    @Test
    @DisplayName("a body that is not a zip, or a zip without Habits.csv, is a 400 saying so")
    void notAnExport() {
        ApiResponse garbage = importZip("not a zip at all".getBytes(StandardCharsets.UTF_8));
        ApiResponse noHabits = importZip(LoopZip.zip(Map.of("Scores.csv", new byte[] {1})));

        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.json().get("errors").get(0).get("message").asText()).contains("zip");
        assertThat(noHabits.status()).isEqualTo(400);
        assertThat(noHabits.fieldErrors()).containsExactly("Habits.csv");
    }

    @Test
    @DisplayName("a zip cut short is a 400 in a sentence, no exception class; the log line keeps which it was")
    void truncatedZip() {
        byte[] zip = fourHabits().zip();

        // Cut inside the first entry's compressed bytes: the inflater runs out (an EOFException).
        ApiResponse response = importZip(Arrays.copyOf(zip, 50));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("message").asText())
                .isEqualTo("is not a readable zip archive: it may be cut short or damaged; export it from Loop again")
                .doesNotContain("Exception");
        assertThat(api.logLines().getLast()).contains("\"errorType\":\"java.");
    }

    @Test
    @DisplayName("the import takes application/json or application/zip; anything else is 415 listing both")
    void mediaTypes() {
        ApiResponse csv = api.send(Events.request("POST", "/api/import").session(session)
                .binary("text/csv", "Position,Name".getBytes(StandardCharsets.UTF_8)));

        assertThat(csv.status()).isEqualTo(415);
        assertThat(csv.header("Accept")).contains("application/json, application/zip");
    }

    @Test
    @DisplayName("a zip over 5 MiB is 413")
    void tooLarge() {
        ApiResponse response = importZip(new byte[HttpSettings.IMPORT_BODY_LIMIT + 1]);

        assertThat(response.status()).isEqualTo(413);
    }

    private static JsonNode checkIn(JsonNode checkins, String day) {
        for (JsonNode checkIn : checkins) {
            if (checkIn.get("day").asText().equals(day)) {
                return checkIn;
            }
        }
        throw new AssertionError("no check-in on " + day + " in " + checkins);
    }
}
