package org.habittracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which PostgreSQL the suite ran on, in the report; and the embedded run really is the newest major. */
class ServerVersionIT {

    @Test
    @DisplayName("the tests run on a PostgreSQL the adapter supports (14 to 17), and embedded runs are 17")
    void serverIsASupportedVersion() {
        TestPostgres server = TestPostgres.server();
        System.out.println("ServerVersionIT: " + server.version());

        assertThat(server.majorVersion()).isBetween(14, 17);
        if (TestPostgres.embeddedForced()) {
            assertThat(server.majorVersion()).isEqualTo(TestPostgres.EMBEDDED_MAJOR);
        }
    }
}
