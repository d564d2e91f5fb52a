package org.habittracker.adapters.localhttp;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server refuses to start with one clear sentence, before it starts anything, when it cannot run. */
class LocalServerStartupTest {

    private static LocalServer start(Map<String, String> env) {
        return LocalServer.start(env, environment -> {
            throw new AssertionError("no backend may be built when the server cannot start");
        }, DefaultPostgresBinaryResolver.INSTANCE);
    }

    @Test
    @DisplayName("a port already in use is named, with what to do about it")
    void refusesAPortInUse(@TempDir Path dataDir) throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            String port = String.valueOf(taken.getLocalPort());

            assertThatThrownBy(() -> start(Map.of("PORT", port, "HABITS_DATA_DIR", dataDir.toString())))
                    .isInstanceOf(StartupException.class)
                    .hasMessage("port " + port + " is already in use; stop what uses it or set PORT to another port");
        }
    }

    @Test
    @DisplayName("a data directory that cannot be written is named, with what to do about it")
    void refusesADataDirectoryThatCannotBeWritten(@TempDir Path tmp) throws IOException {
        // A directory below a plain file can never be created, not even by root.
        Path file = Files.writeString(tmp.resolve("not-a-directory"), "x");
        Path dataDir = file.resolve("data");

        assertThatThrownBy(() -> start(Map.of("PORT", "0", "HABITS_DATA_DIR", dataDir.toString())))
                .isInstanceOf(StartupException.class)
                .hasMessageStartingWith("the data directory " + dataDir + " is not writable")
                .hasMessageEndingWith("fix its permissions or set HABITS_DATA_DIR to another directory");
    }

    @Test
    @DisplayName("a PORT that is not a port number is refused")
    void refusesAMalformedPort() {
        assertThatThrownBy(() -> start(Map.of("PORT", "eighty")))
                .isInstanceOf(StartupException.class)
                .hasMessage("PORT must be a port number from 0 to 65535, not 'eighty'");
    }
}
