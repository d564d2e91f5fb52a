package org.habittracker.adapters.localhttp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks made before anything starts, so a person gets one clear sentence instead of a stack trace. */
final class Preflight {
    private Preflight() {
    }

    static void requirePortFree(int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
        } catch (IOException taken) {
            throw new StartupException("port " + port + " is already in use; stop what uses it or set PORT to another port");
        }
    }

    static void requireWritableDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-test", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new StartupException("the data directory " + dir + " is not writable (" + e.getMessage()
                    + "); fix its permissions or set HABITS_DATA_DIR to another directory");
        }
    }
}
