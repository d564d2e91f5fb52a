package org.habittracker.adapters.localhttp;

import io.javalin.Javalin;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.habittracker.adapters.lambda.config.HabitsConfig;
import org.habittracker.adapters.lambda.http.HttpResponse;
import org.habittracker.adapters.lambda.webpush.VapidCredentials;

/**
 * Habit Tracker on a laptop: the SPA and the API on one port. Every {@code /api/*} and {@code /health}
 * request goes to the same Lambda handler that runs in AWS; with no {@code HABITS_DB_URL} an embedded
 * PostgreSQL keeps the data in {@code HABITS_DATA_DIR}. Without VAPID keys in the environment, the data
 * directory's own pair ({@link LocalVapidKeys}) signs the Web Push reminders.
 */
public final class LocalServer implements AutoCloseable {
    /**
     * Every method goes to the handler, which answers one it does not take (TRACE, or a made-up one, which Javalin
     * calls INVALID) with 405 and the path's {@code Allow}, as it answers a DELETE where there is none.
     */
    private static final List<HandlerType> BRIDGED_METHODS = Arrays.stream(HandlerType.values())
            .filter(type -> type.isHttpMethod() || type == HandlerType.INVALID).toList();
    private static final List<String> BRIDGED_PATHS = List.of("/api/*", "/health");

    private final Javalin javalin;
    private final ApiBackend backend;
    private final Optional<EmbeddedDatabase> database;
    private final Optional<ReminderScheduler> reminders;

    private LocalServer(Javalin javalin, ApiBackend backend, Optional<EmbeddedDatabase> database,
            Optional<ReminderScheduler> reminders) {
        this.javalin = javalin;
        this.backend = backend;
        this.database = database;
        this.reminders = reminders;
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
        return start(environment, backends, postgresBinaries, ReminderScheduler.EVERY_MINUTE);
    }

    /** @param reminderPeriod how often the reminder scheduler runs: every minute, but for tests */
    static LocalServer start(Map<String, String> environment, ApiBackend.Factory backends,
            PgBinaryResolver postgresBinaries, Duration reminderPeriod) {
        LocalSettings settings = LocalSettings.from(environment);
        Preflight.requirePortFree(settings.port());
        Map<String, String> handlerEnvironment = new HashMap<>(environment);
        // Plain http://localhost cannot carry Secure cookies; AWS and HTTPS set it on.
        handlerEnvironment.putIfAbsent("HABITS_COOKIE_SECURE", "false");
        // One machine, its own user's browser: a push service stand-in on localhost is allowed (AWS refuses it).
        handlerEnvironment.putIfAbsent(HabitsConfig.PUSH_PRIVATE_ENDPOINTS, HabitsConfig.ALLOW);
        // Before the embedded database starts: a key file that is not usable stops the start with nothing to undo.
        if (!pushConfigured(environment) && settings.dataDirInUse()) {
            Preflight.requireWritableDirectory(settings.dataDir());
            VapidCredentials vapid = LocalVapidKeys.loadOrCreate(settings.dataDir(),
                    value(environment, HabitsConfig.VAPID_SUBJECT));
            handlerEnvironment.put(HabitsConfig.VAPID_PUBLIC_KEY, vapid.publicKey());
            handlerEnvironment.put(HabitsConfig.VAPID_PRIVATE_KEY, vapid.privateKey());
            handlerEnvironment.put(HabitsConfig.VAPID_SUBJECT, vapid.subject());
        }

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
            Optional<ReminderScheduler> reminders = backend.reminderRound()
                    .map(round -> ReminderScheduler.start(round, Clock.systemUTC(), reminderPeriod));
            return new LocalServer(javalin, backend, database, reminders);
        } catch (RuntimeException e) {
            closeQuietly(backend);
            database.ifPresent(EmbeddedDatabase::close);
            if (e instanceof StartupException) {
                throw e;
            }
            throw new StartupException(String.valueOf(e.getMessage()), e);
        }
    }

    /** Keys or their secret given: the handler's configuration decides; otherwise the data directory's pair. */
    private static boolean pushConfigured(Map<String, String> environment) {
        return value(environment, HabitsConfig.VAPID_PUBLIC_KEY).isPresent()
                || value(environment, HabitsConfig.VAPID_PRIVATE_KEY).isPresent()
                || value(environment, HabitsConfig.VAPID_SECRET_ARN).isPresent();
    }

    private static Optional<String> value(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Javalin createJavalin(LambdaBridge bridge) {
        boolean spa = SpaResources.present();
        Javalin javalin = Javalin.create(config -> {
            config.showJavalinBanner = false;
            // The bridge reads bodies itself, up to its own ceiling; Javalin's is never reached.
            config.http.maxRequestSize = LambdaBridge.MAX_BODY_BYTES + 1L;
            ProblemErrorHandler errors = new ProblemErrorHandler();
            config.jetty.modifyServer(server -> server.setErrorHandler(errors));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(errors));
            if (spa) {
                SpaResources.configure(config);
            }
        });
        for (HandlerType method : BRIDGED_METHODS) {
            for (String path : BRIDGED_PATHS) {
                javalin.addHttpHandler(method, path, bridge);
            }
        }
        javalin.before(ctx -> {
            if (!isBridged(ctx.path())) {
                SpaHeaders.apply(ctx);
            }
        });
        javalin.exception(Exception.class, (error, ctx) -> {
            // The class only: a message may hold what the client sent.
            System.err.println("habit-tracker: unexpected " + error.getClass().getName() + " on " + ctx.method());
            HttpResponseSnapshot problem = EdgeProblems.response(EdgeProblems.forStatus(500));
            ctx.status(problem.status()).contentType(HttpResponse.PROBLEM_JSON).result(problem.body());
            problem.headers().forEach((name, values) -> values.forEach(value -> ctx.header(name, value)));
        });
        if (!spa) {
            System.out.println("habit-tracker: the web app is not built into this jar; serving the API only");
        }
        return javalin;
    }

    private static boolean isBridged(String path) {
        return path.startsWith("/api/") || path.equals("/health") || path.equals("/health/");
    }

    public int port() {
        return javalin.port();
    }

    /**
     * Stops the reminder scheduler and taking requests, then closes the backend's pools, then stops the embedded
     * database.
     */
    @Override
    public void close() {
        reminders.ifPresent(ReminderScheduler::close);
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
