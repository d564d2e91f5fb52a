package org.habittracker.adapters.lambda.config;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.postgresql.plugin.AuthenticationPlugin;
import org.postgresql.plugin.AuthenticationRequestType;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * The PostgreSQL driver asks this plugin for the password each time it opens a connection and the server
 * wants one (pgjdbc's {@code authenticationPluginClassName}), so the password comes from
 * {@link SecretCredentials} at that moment instead of being fixed in the pool's configuration when it was
 * built. The driver makes a plugin per connection by class name; the connection URL's
 * {@value #REFERENCE_PROPERTY} parameter names which registered credentials it asks.
 *
 * <p>This is how the composition root gets lazily read, refreshable credentials through the persistence
 * adapter's settings, which take only a URL, a user and a fixed password.
 */
public final class SecretPasswordPlugin implements AuthenticationPlugin {

    /** The URL parameter naming the registered credentials (the driver passes unknown parameters along). */
    public static final String REFERENCE_PROPERTY = "habitsSecretRef";

    private static final Map<String, SecretCredentials> REGISTERED = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT = new AtomicLong();

    private final Optional<String> reference;

    /** As the driver makes it: with the connection's properties, URL parameters included. */
    public SecretPasswordPlugin(Properties connectionProperties) {
        this.reference = Optional.ofNullable(connectionProperties.getProperty(REFERENCE_PROPERTY));
    }

    /** Makes {@code credentials} reachable from connection URLs; returns the URL parameters that name them. */
    static Registration register(SecretCredentials credentials) {
        String reference = Long.toString(NEXT.incrementAndGet());
        REGISTERED.put(reference, credentials);
        return new Registration(reference);
    }

    /** A registration, removed on {@link #close} (when the runtime that made it closes). */
    record Registration(String reference) implements AutoCloseable {
        /** {@code jdbcUrl} with this plugin and this registration named in its parameters. */
        String apply(String jdbcUrl) {
            return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "authenticationPluginClassName="
                    + SecretPasswordPlugin.class.getName() + "&" + REFERENCE_PROPERTY + "=" + reference;
        }

        @Override
        public void close() {
            REGISTERED.remove(reference);
        }
    }

    @Override
    public char[] getPassword(AuthenticationRequestType type) throws PSQLException {
        SecretCredentials credentials = reference.map(REGISTERED::get).orElseThrow(() -> new PSQLException(
                "no database secret is registered for " + REFERENCE_PROPERTY + "=" + reference.orElse("(missing)"),
                PSQLState.CONNECTION_REJECTED));
        try {
            return credentials.current().password().toCharArray();
        } catch (ConfigurationException e) {
            // The secret could not be read (extension down, secret incomplete): the connection fails with why.
            throw new PSQLException(e.getMessage(), PSQLState.CONNECTION_UNABLE_TO_CONNECT, e);
        }
    }
}
