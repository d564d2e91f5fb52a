package org.habittracker.adapters.localhttp;

import io.javalin.Javalin;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Habit Tracker on a laptop: the SPA and the API on one port. Every {@code /api/*} and {@code /health}
 * request goes to the same Lambda handler that runs in AWS; with no {@code HABITS_DB_URL} an embedded
 * PostgreSQL keeps the data in {@code HABITS_DATA_DIR}.
 */
public final class LocalServer implements AutoCloseable {
    private static final List<HandlerType> BRIDGED_METHODS = List.of(HandlerType.GET, HandlerType.HEAD,
            HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE, HandlerType.OPTIONS);
    /** Javalin's own ceiling; the handler enforces the real limits (64 KiB, 5 MiB for imports) with a 413. */
    private static final long MAX_REQUEST_BYTES = 6L * 1024 * 1024;

    private final Javalin javalin;
    private final ApiBackend backend;
    private final Optional<EmbeddedDatabase> database;

    private LocalServer(Javalin javalin, ApiBackend backend, Optional<EmbeddedDatabase> database) {
        this.javalin = javalin;
        this.backend = backend;
        this.database = database;
    }

    public static void main(String[] args) {
        try {
            LocalServer server = start(System.getenv(), HandlerWiring::fromEnvironment,
                    PostgresBinaries.forCurrentUser());
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "habit-tracker-shutdown"));
            System.out.println("Habit Tracker is running at http://localhost:" + server.port()
                    + server.database.map(db -> " (embedded PostgreSQL, data in " + db + ")").orElse(""));
        } catch (StartupException e) {
            System.err.println("habit-tracker: cannot start: " + e.getMessage());
            System.exit(1);
        }
    }

    static LocalServer start(Map<String, String> environment, ApiBackend.Factory backends,
            PgBinaryResolver postgresBinaries) {
        LocalSettings settings = LocalSettings.from(environment);
        Preflight.requirePortFree(settings.port());
        Map<String, String> handlerEnvironment = new HashMap<>(environment);
        // Plain http://localhost cannot carry Secure cookies; AWS and HTTPS set it on.
        handlerEnvironment.putIfAbsent("HABITS_COOKIE_SECURE", "false");

        Optional<EmbeddedDatabase> database = Optional.empty();
        if (settings.databaseUrl().isEmpty()) {
            Preflight.requireWritableDirectory(settings.dataDir());
            EmbeddedDatabase embedded = EmbeddedDatabase.start(settings.dataDir(), postgresBinaries);
            database = Optional.of(embedded);
            handlerEnvironment.put("HABITS_DB_URL", embedded.jdbcUrl());
            handlerEnvironment.put("HABITS_DB_USER", embedded.user());
            handlerEnvironment.remove("HABITS_DB_PASSWORD");
            handlerEnvironment.remove("HABITS_DB_SECRET_ARN");
        }
        ApiBackend backend = null;
        try {
            backend = backends.create(Map.copyOf(handlerEnvironment));
            Javalin javalin = createJavalin(new LambdaBridge(backend.handler(), Clock.systemUTC()));
            javalin.start(settings.port());
            return new LocalServer(javalin, backend, database);
        } catch (RuntimeException e) {
            closeQuietly(backend);
            database.ifPresent(EmbeddedDatabase::close);
            if (e instanceof StartupException) {
                throw e;
            }
            throw new StartupException(String.valueOf(e.getMessage()), e);
        }
    }

    private static Javalin createJavalin(LambdaBridge bridge) {
        boolean spa = SpaResources.present();
        Javalin javalin = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            if (spa) {
                SpaResources.configure(config);
            }
        });
        for (HandlerType method : BRIDGED_METHODS) {
            javalin.addHttpHandler(method, "/api/*", bridge);
            javalin.addHttpHandler(method, "/health", bridge);
        }
        javalin.exception(Exception.class, (error, ctx) -> {
            System.err.println("habit-tracker: unexpected error on " + ctx.method() + " " + ctx.path() + ": " + error);
            ctx.status(500).contentType("application/problem+json")
                    .result("{\"type\":\"about:blank\",\"title\":\"Internal Server Error\",\"status\":500}");
        });
        if (!spa) {
            System.out.println("habit-tracker: the web app is not built into this jar; serving the API only");
        }
        return javalin;
    }

    public int port() {
        return javalin.port();
    }

    /** Stops taking requests, then closes the backend's pools, then stops the embedded database. */
    @Override
    public void close() {
        javalin.stop();
        closeQuietly(backend);
        database.ifPresent(EmbeddedDatabase::close);
        System.out.println("Habit Tracker stopped");
    }

    private static void closeQuietly(ApiBackend backend) {
        if (backend == null) {
            return;
        }
        try {
            backend.resources().close();
        } catch (Exception e) {
            System.err.println("habit-tracker: closing the API backend failed: " + e.getMessage());
        }
    }
}
