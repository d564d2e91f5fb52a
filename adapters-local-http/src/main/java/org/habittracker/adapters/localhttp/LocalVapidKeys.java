package org.habittracker.adapters.localhttp;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.habittracker.adapters.lambda.webpush.VapidCredentials;
import org.habittracker.adapters.lambda.webpush.VapidKeys;

/**
 * The local server's VAPID key pair, made the first time it starts and kept in the data directory as
 * {@code vapid.json} (readable by the owner only), so that browsers subscribed once stay subscribed across
 * restarts: a new pair would invalidate every subscription.
 */
final class LocalVapidKeys {
    static final String FILE_NAME = "vapid.json";
    static final String DEFAULT_SUBJECT = "mailto:habits@localhost";
    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalVapidKeys() {
    }

    /**
     * The pair in {@code dataDir}'s key file, made now if there is none; {@code subject} (from
     * {@code HABITS_VAPID_SUBJECT}) replaces the file's for this run.
     *
     * @throws StartupException when the file is there but not a usable key pair, or cannot be written
     */
    static VapidCredentials loadOrCreate(Path dataDir, Optional<String> subject) {
        Path file = dataDir.resolve(FILE_NAME);
        Optional<VapidCredentials> existing = read(file);
        VapidCredentials credentials = existing.orElseGet(() -> create(file, subject.orElse(DEFAULT_SUBJECT)));
        return subject.map(s -> new VapidCredentials(credentials.publicKey(), credentials.privateKey(), s))
                .orElse(credentials);
    }

    private static Optional<VapidCredentials> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StartupException("cannot read the VAPID key file " + file + " (" + e.getMessage() + ")");
        }
        try {
            JsonNode json = JSON.readTree(bytes);
            VapidCredentials credentials = new VapidCredentials(text(json, "publicKey"), text(json, "privateKey"),
                    text(json, "subject"));
            VapidKeys.of(credentials); // the pair must be a real, matching one: a browser subscribes with it
            return Optional.of(credentials);
        } catch (IOException | IllegalArgumentException e) {
            throw new StartupException("the VAPID key file " + file + " is not usable (" + reason(e)
                    + "); restore it from a backup, or delete it to make a new key pair (browsers subscribed with"
                    + " the old one must then subscribe again)");
        }
    }

    /**
     * Written to a temporary file made owner-only from the start, then moved into place in one step, so that no
     * one ever sees a partial file or one readable by others.
     */
    private static VapidCredentials create(Path file, String subject) {
        VapidCredentials credentials = VapidKeys.generate().credentials(subject);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("publicKey", credentials.publicKey());
        fields.put("privateKey", credentials.privateKey());
        fields.put("subject", credentials.subject());
        Path temporary = null;
        try {
            temporary = Files.createTempFile(file.getParent(), ".vapid-", ".tmp", ownerOnly(file));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    Writer writer = Channels.newWriter(channel, StandardCharsets.UTF_8)) {
                writer.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(fields));
                writer.flush();
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file);
            }
            return credentials;
        } catch (FileAlreadyExistsException e) {
            return read(file).orElseThrow(() -> new StartupException("the VAPID key file " + file + " vanished"));
        } catch (IOException e) {
            throw new StartupException("cannot write the VAPID key file " + file + " (" + e.getMessage()
                    + "); fix the data directory's permissions or set HABITS_DATA_DIR to another directory");
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a stray temporary file holds nothing that was not also written to the key file
                }
            }
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("no " + field);
        }
        return value.asText();
    }

    private static String reason(Exception e) {
        return e instanceof IOException ? "not JSON" : e.getMessage();
    }
}
