package org.habittracker.adapters.localhttp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Who the JVM runs as, for the one rule that depends on it (PostgreSQL will not run as root). */
final class RunningUser {
    private RunningUser() {
    }

    static boolean isRoot() {
        Path status = Path.of("/proc/self/status");
        if (Files.isReadable(status)) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("Uid:")) {
                        // "Uid: real effective saved fs": the effective uid decides.
                        String[] ids = line.substring(4).strip().split("\\s+");
                        return ids.length > 1 && ids[1].equals("0");
                    }
                }
            } catch (IOException unreadable) {
                // fall through to the user name
            }
        }
        return "root".equals(System.getProperty("user.name"));
    }
}
