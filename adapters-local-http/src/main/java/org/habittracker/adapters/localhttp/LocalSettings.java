package org.habittracker.adapters.localhttp;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The local server's own settings, read from the environment: {@code PORT} (default 8080; 0 picks a free
 * port), {@code HABITS_DATA_DIR} (default {@code ~/.habit-tracker/data}) and whether {@code HABITS_DB_URL}
 * names an external database. Everything else is the handler's configuration and passes through.
 *
 * @param dataDirInUse whether the data directory holds anything: with the embedded database, or when
 *                     {@code HABITS_DATA_DIR} is set (never a default directory nothing else needs)
 */
record LocalSettings(int port, Path dataDir, Optional<String> databaseUrl, boolean dataDirInUse) {
    static final int DEFAULT_PORT = 8080;

    static LocalSettings from(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        int port = DEFAULT_PORT;
        String rawPort = env.get("PORT");
        if (rawPort != null && !rawPort.isBlank()) {
            try {
                port = Integer.parseInt(rawPort.strip());
                if (port < 0 || port > 65_535) {
                    problems.add("PORT must be a port number from 0 to 65535, not '" + rawPort + "'");
                }
            } catch (NumberFormatException e) {
                problems.add("PORT must be a port number from 0 to 65535, not '" + rawPort + "'");
            }
        }
        Path dataDir = null;
        String rawDataDir = env.get("HABITS_DATA_DIR");
        try {
            dataDir = rawDataDir == null || rawDataDir.isBlank()
                    ? Path.of(System.getProperty("user.home"), ".habit-tracker", "data")
                    : Path.of(rawDataDir.strip());
        } catch (InvalidPathException e) {
            problems.add("HABITS_DATA_DIR is not a usable path: '" + rawDataDir + "'");
        }
        if (!problems.isEmpty()) {
            throw new StartupException(String.join("; ", problems));
        }
        Optional<String> databaseUrl = Optional.ofNullable(env.get("HABITS_DB_URL")).filter(url -> !url.isBlank());
        boolean dataDirGiven = rawDataDir != null && !rawDataDir.isBlank();
        return new LocalSettings(port, dataDir.toAbsolutePath(), databaseUrl, databaseUrl.isEmpty() || dataDirGiven);
    }
}
