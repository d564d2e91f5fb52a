package org.habittracker.adapters.persistence.secret;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The database secret, read when a connection first needs it rather than at
 * start, and read again when the database refuses it.
 *
 * <ul>
 * <li><b>On first use.</b> The Parameters and Secrets extension is documented to serve during invocations;
 * with SnapStart the start runs when a version is published, days before a restore. So nothing reads the
 * secret while the handler is built: the first connection does ({@code DriverConnections}).</li>
 * <li><b>Refreshable.</b> RDS rotates the master password (every 7 days by default). Connections already
 * open keep working; a new one fails with SQLState 28P01, and then {@link #refresh} reads the secret again
 * (the connection is tried once more with it: nothing was sent on the refused one, so any request may go on). Before a SnapStart checkpoint and after a restore {@link #forget} drops the
 * copy held here, so no snapshot holds the password and a restored environment reads the current one.</li>
 * </ul>
 */
public final class SecretCredentials {

    private final Supplier<SecretsExtensionClient> client;
    private final String secretId;
    private final boolean endpointNeeded;
    private final Object lock = new Object();
    // Guarded by lock.
    private SecretsExtensionClient extension;
    private DatabaseSecret secret;
    private int reads;

    /**
     * @param endpointNeeded whether the secret must also say where the database is (no {@code HABITS_DB_URL})
     */
    public SecretCredentials(Supplier<SecretsExtensionClient> client, String secretId, boolean endpointNeeded) {
        this.client = Objects.requireNonNull(client, "client");
        this.secretId = Objects.requireNonNull(secretId, "secretId");
        this.endpointNeeded = endpointNeeded;
    }

    /** The secret as last read; read now if it has not been (or was forgotten). */
    public DatabaseSecret current() {
        synchronized (lock) {
            if (secret == null) {
                secret = read();
            }
            return secret;
        }
    }

    /** Reads the secret again now, after the database refused the copy held here. */
    public DatabaseSecret refresh() {
        synchronized (lock) {
            secret = null;
            secret = read();
            return secret;
        }
    }

    /** Drops the copy held here; the next connection reads the secret again. */
    public void forget() {
        synchronized (lock) {
            secret = null;
        }
    }

    /** Whether a copy is held now (for tests of when the secret is read). */
    public boolean held() {
        synchronized (lock) {
            return secret != null;
        }
    }

    /** How many times the secret was read through the extension (for tests and the log). */
    public int reads() {
        synchronized (lock) {
            return reads;
        }
    }

    private DatabaseSecret read() {
        if (extension == null) {
            extension = client.get();
        }
        DatabaseSecret read = extension.databaseSecret(secretId, endpointNeeded);
        reads++;
        return read;
    }

    @Override
    public String toString() {
        return "SecretCredentials[" + secretId + "]";
    }
}
