package org.habittracker.adapters.localhttp;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * The PostgreSQL binaries the embedded database runs. As a normal user: zonky's own, untouched. As root
 * (a container, a fresh VM): PostgreSQL refuses to run as root, so the archive zonky unpacks is rewritten
 * once — {@code bin/initdb} and {@code bin/pg_ctl} become small scripts that run the real program inside a
 * user namespace where it is the ordinary user {@code nobody} ({@code unshare --user --map-user}). Outside
 * the namespace it is still root, so the data directory can stay where the user asked for it (under
 * {@code /root} too) and stays owned by root; nothing is chown'ed.
 */
final class PostgresBinaries {
    private static final Set<String> WRAPPED = Set.of("bin/initdb", "bin/pg_ctl");
    private static final String WRAPPER = """
            #!/bin/sh
            # Written by Habit Tracker: PostgreSQL will not run as root, so as root it runs in a user
            # namespace where it is the ordinary user nobody (still root, and the files' owner, outside).
            real="$0.real"
            if [ "$(id -u)" != 0 ]; then exec "$real" "$@"; fi
            exec unshare --user --map-user=65534 --map-group=65534 "$real" "$@"
            """;

    private PostgresBinaries() {
    }

    /** zonky's binaries for a normal user; the namespace-wrapped ones for root. */
    static PgBinaryResolver forCurrentUser() {
        return RunningUser.isRoot() ? PostgresBinaries::rootSafe : DefaultPostgresBinaryResolver.INSTANCE;
    }

    /** Whether this system lets root start a process in a user namespace (some container sandboxes do not). */
    static boolean userNamespacesWork() {
        try {
            Process probe = new ProcessBuilder("unshare", "--user", "--map-user=65534", "--map-group=65534", "true")
                    .redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static InputStream rootSafe(String system, String machineHardware) throws IOException {
        byte[] original;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware)) {
            original = in.readAllBytes();
        }
        if (!"Linux".equals(system)) {
            return new ByteArrayInputStream(original);
        }
        // Rewritten once per machine and archive; zonky then reuses its unpacked copy, named by digest.
        Path cached = Path.of(System.getProperty("java.io.tmpdir"), "habit-tracker-pg",
                "namespaced-" + sha256(original) + ".txz");
        if (!Files.exists(cached)) {
            Files.createDirectories(cached.getParent());
            Path partial = Files.createTempFile(cached.getParent(), "namespaced-", ".partial");
            try (OutputStream out = Files.newOutputStream(partial)) {
                rewrite(new ByteArrayInputStream(original), out);
            }
            Files.move(partial, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return Files.newInputStream(cached);
    }

    private static void rewrite(InputStream txz, OutputStream target) throws IOException {
        try (TarArchiveInputStream in = new TarArchiveInputStream(new XZInputStream(txz));
                TarArchiveOutputStream out = new TarArchiveOutputStream(new XZOutputStream(target, new LZMA2Options(0)))) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            TarArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = entry.isFile() ? in.readAllBytes() : new byte[0];
                if (WRAPPED.contains(entry.getName())) {
                    TarArchiveEntry real = new TarArchiveEntry(entry.getName() + ".real");
                    real.setMode(entry.getMode());
                    real.setModTime(entry.getModTime());
                    write(real, content, out);
                    TarArchiveEntry script = new TarArchiveEntry(entry.getName());
                    script.setMode(0755);
                    write(script, WRAPPER.getBytes(StandardCharsets.UTF_8), out);
                } else {
                    write(entry, content, out);
                }
            }
        }
    }

    private static void write(TarArchiveEntry entry, byte[] content, TarArchiveOutputStream out) throws IOException {
        if (entry.isFile()) {
            entry.setSize(content.length);
        }
        out.putArchiveEntry(entry);
        out.write(content);
        out.closeArchiveEntry();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
