package org.habittracker.adapters.persistence;

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
 * zonky's PostgreSQL binaries, made to start when the build runs as root (as in containers and on CI
 * machines): PostgreSQL's {@code initdb} and {@code pg_ctl} refuse to run as root, and zonky offers no
 * way to pick the user. So the archive zonky unpacks is rewritten once: {@code bin/initdb} and
 * {@code bin/pg_ctl} become small scripts that, when started by root, hand the data directory to
 * {@code nobody} and run the real program ({@code bin/initdb.real}, …) as {@code nobody} through
 * {@code setpriv}. As any other user the scripts just run the real program.
 *
 * <p>The rewritten archive is kept in the temporary directory, named by the original's digest, so the
 * rewrite happens once per machine and zonky's own unpacked copy (named by the archive's digest) is
 * reused across runs.
 */
public final class RootSafeBinaryResolver implements PgBinaryResolver {
    public static final RootSafeBinaryResolver INSTANCE = new RootSafeBinaryResolver();

    private static final Set<String> WRAPPED = Set.of("bin/initdb", "bin/pg_ctl");
    private static final String WRAPPER = """
            #!/bin/sh
            # Written by the Habit Tracker tests: PostgreSQL will not run as root, so run it as nobody.
            real="$0.real"
            if [ "$(id -u)" != 0 ]; then exec "$real" "$@"; fi
            # zonky marks the programs executable for their owner only; nobody must be able to run them.
            chmod -R a+rX "$(dirname "$0")/.."
            previous=""
            for argument in "$@"; do
              if [ "$previous" = "-D" ]; then chown -R 65534:65534 "$argument"; fi
              previous="$argument"
            done
            exec setpriv --reuid=65534 --regid=65534 --clear-groups "$real" "$@"
            """;

    private RootSafeBinaryResolver() {
    }

    public static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        byte[] original;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware)) {
            original = in.readAllBytes();
        }
        if (!runningAsRoot() || !"Linux".equals(system)) {
            return new ByteArrayInputStream(original);
        }
        Path cached = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg",
                "root-safe-" + sha256(original) + ".txz");
        if (!Files.exists(cached)) {
            Files.createDirectories(cached.getParent());
            Path partial = Files.createTempFile(cached.getParent(), "root-safe-", ".partial");
            try (OutputStream out = Files.newOutputStream(partial)) {
                rewrite(new ByteArrayInputStream(original), out);
            }
            Files.move(partial, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return Files.newInputStream(cached);
    }

    private static void rewrite(InputStream txz, OutputStream target) throws IOException {
        try (TarArchiveInputStream in = new TarArchiveInputStream(new XZInputStream(txz));
                TarArchiveOutputStream out = new TarArchiveOutputStream(
                        new XZOutputStream(target, new LZMA2Options(0)))) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            TarArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = entry.isFile() ? in.readAllBytes() : new byte[0];
                if (WRAPPED.contains(entry.getName())) {
                    copy(renamed(entry, entry.getName() + ".real"), content, out);
                    copy(script(entry.getName()), WRAPPER.getBytes(StandardCharsets.UTF_8), out);
                } else {
                    copy(entry, content, out);
                }
            }
        }
    }

    private static TarArchiveEntry renamed(TarArchiveEntry entry, String name) {
        TarArchiveEntry copy = new TarArchiveEntry(name);
        copy.setMode(entry.getMode());
        copy.setModTime(entry.getModTime());
        return copy;
    }

    private static TarArchiveEntry script(String name) {
        TarArchiveEntry script = new TarArchiveEntry(name);
        script.setMode(0755);
        return script;
    }

    private static void copy(TarArchiveEntry entry, byte[] content, TarArchiveOutputStream out) throws IOException {
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
            throw new IllegalStateException(e);
        }
    }
}
