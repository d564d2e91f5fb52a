package org.habittracker.adapters.localhttp;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A PostgreSQL server of its own for a laptop with no database: zonky's embedded binaries, with the data
 * in {@code <data dir>/postgres} so it survives restarts. Stopped with a fast shutdown (a checkpoint, no
 * crash recovery needed next time).
 */
final class EmbeddedDatabase implements AutoCloseable {
    static final String DATABASE = "habits";
    private static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /**
     * @param binaries where PostgreSQL comes from: {@link PostgresBinaries#forCurrentUser()}, which as root
     *                 runs it as an ordinary user in a user namespace
     */
    static EmbeddedDatabase start(Path dataDir, PgBinaryResolver binaries) {
        int port;
        try {
            port = freePort();
        } catch (IOException e) {
            throw new StartupException("no free port for the embedded PostgreSQL: " + e.getMessage(), e);
        }
        return start(dataDir, binaries, port);
    }

    /**
     * On a port of the caller's choosing: a test that stops the database and starts it again on the same data
     * directory needs it back where the server's pool looks for it.
     */
    static EmbeddedDatabase start(Path dataDir, PgBinaryResolver binaries, int port) {
        if (RunningUser.isRoot() && !PostgresBinaries.userNamespacesWork()) {
            throw new StartupException("the embedded PostgreSQL cannot run as root, and this system does not let "
                    + "root start it as an ordinary user (unshare --user is refused). Run Habit Tracker as a normal "
                    + "user, or point HABITS_DB_URL at a PostgreSQL server.");
        }
        Path pgData = dataDir.resolve("postgres");
        Path unpackedBinaries = dataDir.resolve("binaries");
        try {
            Files.createDirectories(pgData);
            Files.createDirectories(unpackedBinaries);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPgBinaryResolver(binaries)
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(unpackedBinaries.toFile())
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, dataDir);
            database.createDatabaseIfMissing();
            return database;
        } catch (IllegalStateException locked) {
            if (String.valueOf(locked.getMessage()).startsWith("could not lock")) {
                throw new StartupException("the data directory " + dataDir
                        + " is in use by another Habit Tracker; stop it or choose another HABITS_DATA_DIR");
            }
            throw new StartupException("the embedded PostgreSQL would not start: " + locked.getMessage(), locked);
        } catch (IOException | SQLException e) {
            throw new StartupException("the embedded PostgreSQL would not start: " + e.getMessage(), e);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    String user() {
        return SUPERUSER;
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet row = exists.executeQuery()) {
                if (!row.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("CREATE DATABASE " + DATABASE);
                    }
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    @Override
    public String toString() {
        return dataDir.toString();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("habit-tracker: the embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
