package org.habittracker.adapters.lambda.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

@DisplayName("A request line's failure says what and where, never what the user sent")
class RequestLogTest {

    private final List<String> lines = new ArrayList<>();
    private final RequestLog log = new RequestLog(lines::add, Clock.systemUTC(), "test");

    /** As JDBI reports a failed insert: the driver's message, then the statement and its bound arguments. */
    private static RuntimeException failedInsert() {
        PSQLException driver = new PSQLException("ERROR: value too long for type character varying(100): \"My secret"
                + " diary\"\n  Detail: Key (name)=(My secret diary) already exists.", PSQLState.STRING_DATA_RIGHT_TRUNCATION);
        return new IllegalStateException(driver + " [statement:\"INSERT INTO habits (name) VALUES (:name)\","
                + " arguments:{positional:{}, named:{name:My secret diary}, finder:[]}]", driver);
    }

    private JsonNode record(Throwable failure) throws Exception {
        log.record(new RequestLog.Entry("r-1", "POST", "/api/habits", 500, 3, Optional.empty(),
                CacheCounters.NONE.snapshot(), Optional.of(failure)));
        return JsonMapper.builder().build().readTree(lines.getLast());
    }

    @Test
    @DisplayName("the metrics are by Service and Environment, and the line carries both, as the alarms select them")
    void environmentDimension() throws Exception {
        log.record(new RequestLog.Entry("r-1", "GET", "/api/habits", 200, 3, Optional.empty(),
                CacheCounters.NONE.snapshot(), Optional.empty()));
        JsonNode line = JsonMapper.builder().build().readTree(lines.getLast());

        JsonNode metrics = line.get("_aws").get("CloudWatchMetrics").get(0);
        assertThat(metrics.get("Namespace").asText()).isEqualTo("HabitTracker");
        assertThat(metrics.get("Dimensions").toString()).isEqualTo("[[\"Service\",\"Environment\"]]");
        assertThat(line.get("Service").asText()).isEqualTo("api");
        assertThat(line.get("Environment").asText()).isEqualTo("test");
    }

    @Test
    @DisplayName("no bound argument, quoted value or Detail line of a failed statement reaches the line")
    void noUserContent() throws Exception {
        String line = record(failedInsert()).toString();

        assertThat(line).doesNotContain("secret").doesNotContain("arguments").doesNotContain("Detail");
    }

    @Test
    @DisplayName("the line names the exception, the SQLState and the driver's message with its values blanked")
    void whatAndWhere() throws Exception {
        JsonNode line = record(failedInsert());

        assertThat(line.get("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(line.get("sqlState").asText()).isEqualTo("22001");
        assertThat(line.get("errorMessage").asText())
                .isEqualTo("PSQLException: ERROR: value too long for type character varying(100): \"…\"");
        assertThat(line.get("stackTrace").asText()).contains("Caused by: org.postgresql.util.PSQLException")
                .contains("\tat org.habittracker.adapters.lambda.observability.RequestLogTest.failedInsert");
    }

    @Test
    @DisplayName("a failure whose message quotes the input keeps the message without the input")
    void quotedInput() throws Exception {
        JsonNode line = record(new NumberFormatException("For input string: \"My secret diary\""));

        assertThat(line.get("errorMessage").asText()).isEqualTo("NumberFormatException: For input string: \"…\"");
        assertThat(line.has("sqlState")).isFalse();
    }
}
