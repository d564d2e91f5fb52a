package org.habittracker.adapters.localhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.habittracker.adapters.lambda.webpush.VapidCredentials;
import org.habittracker.adapters.lambda.webpush.VapidKeys;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The local server's VAPID key file")
class LocalVapidKeysTest {

    @Test
    @DisplayName("is made once, owner-only, holding a usable pair and the default subject")
    void createdOnce(@TempDir Path dataDir) throws IOException {
        VapidCredentials made = LocalVapidKeys.loadOrCreate(dataDir, Optional.empty());

        Path file = dataDir.resolve("vapid.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(made.subject()).isEqualTo("mailto:habits@localhost");
        assertThat(VapidKeys.of(made).publicKeyBase64()).isEqualTo(made.publicKey());
        assertThat(Files.readString(file)).contains(made.publicKey(), made.privateKey());
        assertThat(Files.list(dataDir)).as("no temporary file is left behind").containsExactly(file);
    }

    @Test
    @DisplayName("is reused on the next start: the same pair, so browsers stay subscribed")
    void reused(@TempDir Path dataDir) throws IOException {
        VapidCredentials first = LocalVapidKeys.loadOrCreate(dataDir, Optional.empty());
        String written = Files.readString(dataDir.resolve("vapid.json"));

        VapidCredentials second = LocalVapidKeys.loadOrCreate(dataDir, Optional.empty());

        assertThat(second).isEqualTo(first);
        assertThat(Files.readString(dataDir.resolve("vapid.json"))).isEqualTo(written);
    }

    @Test
    @DisplayName("HABITS_VAPID_SUBJECT replaces the file's subject for the run, keeping the pair")
    void subjectFromTheEnvironment(@TempDir Path dataDir) {
        VapidCredentials first = LocalVapidKeys.loadOrCreate(dataDir, Optional.empty());

        VapidCredentials withSubject = LocalVapidKeys.loadOrCreate(dataDir, Optional.of("mailto:me@example.com"));

        assertThat(withSubject.publicKey()).isEqualTo(first.publicKey());
        assertThat(withSubject.subject()).isEqualTo("mailto:me@example.com");
    }

    @Test
    @DisplayName("a file that is not JSON stops the start, naming the file and what to do")
    void notJson(@TempDir Path dataDir) throws IOException {
        Files.writeString(dataDir.resolve("vapid.json"), "{\"publicKey\": ");

        assertThatThrownBy(() -> LocalVapidKeys.loadOrCreate(dataDir, Optional.empty()))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("the VAPID key file " + dataDir.resolve("vapid.json") + " is not usable (not JSON)")
                .hasMessageContaining("delete it to make a new key pair");
    }

    @Test
    @DisplayName("a file whose private key is not the public key's stops the start rather than sign what no browser takes")
    void mismatchedPair(@TempDir Path dataDir) throws IOException {
        Files.writeString(dataDir.resolve("vapid.json"), "{\"publicKey\":\"" + VapidKeys.generate().publicKeyBase64()
                + "\",\"privateKey\":\"" + VapidKeys.generate().privateKeyBase64()
                + "\",\"subject\":\"mailto:habits@localhost\"}");

        assertThatThrownBy(() -> LocalVapidKeys.loadOrCreate(dataDir, Optional.empty()))
                .isInstanceOf(StartupException.class).hasMessageContaining("not the public key's");
    }

    @Test
    @DisplayName("a file without a field stops the start naming the field")
    void missingField(@TempDir Path dataDir) throws IOException {
        Files.writeString(dataDir.resolve("vapid.json"), "{\"publicKey\":\"x\"}");

        assertThatThrownBy(() -> LocalVapidKeys.loadOrCreate(dataDir, Optional.empty()))
                .isInstanceOf(StartupException.class).hasMessageContaining("no privateKey");
    }

    @Test
    @DisplayName("the server gives the handler the data directory's pair when the environment has no keys")
    void serverPassesTheKeysToTheHandler(@TempDir Path dataDir) {
        AtomicReference<Map<String, String>> handlerEnvironment = new AtomicReference<>();
        ApiBackend.Factory recorder = environment -> {
            handlerEnvironment.set(environment);
            throw new StartupException("recorded");
        };
        Map<String, String> env = Map.of("PORT", "0", "HABITS_DATA_DIR", dataDir.toString(),
                "HABITS_DB_URL", "jdbc:postgresql://unused.invalid/db");

        assertThatThrownBy(() -> LocalServer.start(env, recorder, DefaultPostgresBinaryResolver.INSTANCE))
                .hasMessage("recorded");

        VapidCredentials kept = LocalVapidKeys.loadOrCreate(dataDir, Optional.empty());
        assertThat(handlerEnvironment.get()).containsEntry("HABITS_VAPID_PUBLIC_KEY", kept.publicKey())
                .containsEntry("HABITS_VAPID_PRIVATE_KEY", kept.privateKey())
                .containsEntry("HABITS_VAPID_SUBJECT", "mailto:habits@localhost");
    }

    @Test
    @DisplayName("keys given in the environment are the handler's; no key file is made")
    void keysInTheEnvironmentWin(@TempDir Path dataDir) {
        AtomicReference<Map<String, String>> handlerEnvironment = new AtomicReference<>();
        VapidKeys given = VapidKeys.generate();
        Map<String, String> env = Map.of("PORT", "0", "HABITS_DATA_DIR", dataDir.toString(),
                "HABITS_DB_URL", "jdbc:postgresql://unused.invalid/db",
                "HABITS_VAPID_PUBLIC_KEY", given.publicKeyBase64(), "HABITS_VAPID_PRIVATE_KEY", given.privateKeyBase64(),
                "HABITS_VAPID_SUBJECT", "mailto:ops@example.com");

        assertThatThrownBy(() -> LocalServer.start(env, environment -> {
            handlerEnvironment.set(environment);
            throw new StartupException("recorded");
        }, DefaultPostgresBinaryResolver.INSTANCE)).hasMessage("recorded");

        assertThat(handlerEnvironment.get()).containsEntry("HABITS_VAPID_PUBLIC_KEY", given.publicKeyBase64());
        assertThat(dataDir.resolve("vapid.json")).doesNotExist();
    }
}
