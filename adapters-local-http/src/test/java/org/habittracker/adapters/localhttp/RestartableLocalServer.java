package org.habittracker.adapters.localhttp;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

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

    /**
     * A free port below the kernel's ephemeral range. A port from that range (what {@code new ServerSocket(0)}
     * gives) can be taken while the server is stopped: as the source port of some outgoing connection, or by
     * a client's own retry connecting to itself (Linux's TCP self-connect), and the restart then finds it in use.
     */
    private static int freePort() {
        int below = ephemeralRangeStart();
        for (int attempt = 0; attempt < 100; attempt++) {
            int candidate = ThreadLocalRandom.current().nextInt(10_000, Math.max(10_001, below));
            try (ServerSocket socket = new ServerSocket(candidate)) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int ephemeralRangeStart() {
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim();
            return Integer.parseInt(range.split("\\s+")[0]);
        } catch (IOException | RuntimeException notLinux) {
            return 32_768; // Linux's default; elsewhere any port below it is as good
        }
    }
}
