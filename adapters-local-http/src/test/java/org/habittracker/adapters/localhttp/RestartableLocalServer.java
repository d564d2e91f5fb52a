package org.habittracker.adapters.localhttp;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link LocalServer} that a test can stop and start again on the same port, as a restart or a crash
 * looks to a browser that stays open: connections refused while it is down, then the same address answers
 * again (with the same database, so sessions and data are still there).
 */
final class RestartableLocalServer implements AutoCloseable {
    private final Map<String, String> environment;
    private final ApiBackend.Factory backends;
    private final PgBinaryResolver postgresBinaries;
    private final int port;
    private Optional<LocalServer> running = Optional.empty();

    RestartableLocalServer(Map<String, String> environment, ApiBackend.Factory backends,
            PgBinaryResolver postgresBinaries) {
        this.port = freePort();
        Map<String, String> withPort = new HashMap<>(environment);
        withPort.put("PORT", Integer.toString(port));
        this.environment = Map.copyOf(withPort);
        this.backends = backends;
        this.postgresBinaries = postgresBinaries;
    }

    int port() {
        return port;
    }

    synchronized void start() {
        if (running.isEmpty()) {
            running = Optional.of(LocalServer.start(environment, backends, postgresBinaries));
        }
    }

    synchronized void stop() {
        running.ifPresent(LocalServer::close);
        running = Optional.empty();
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
