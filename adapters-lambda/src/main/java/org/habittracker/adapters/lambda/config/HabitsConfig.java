package org.habittracker.adapters.lambda.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.habittracker.adapters.lambda.http.HttpSettings;
import org.habittracker.adapters.lambda.webpush.VapidCredentials;

/**
 * The configuration of the API, read from the environment in one place (ARCHITECTURE.md §6) and checked whole:
 * every bad or missing variable is named in one {@link ConfigurationException}, so a deployment is
 * fixed in one go.
 *
 * <p>The database is found by {@code HABITS_DB_URL}; credentials come either from
 * {@code HABITS_DB_USER}/{@code HABITS_DB_PASSWORD} (or the URL itself) or from the Secrets Manager
 * secret {@code HABITS_DB_SECRET_ARN}, whose {@code host}/{@code port}/{@code dbname} also stand in for
 * the URL when it is not set.
 *
 * <p>Web Push is configured by {@code HABITS_VAPID_PUBLIC_KEY}/{@code HABITS_VAPID_PRIVATE_KEY}/{@code
 * HABITS_VAPID_SUBJECT} or by the secret {@code HABITS_VAPID_SECRET_ARN} ({@link PushSettings}); with neither,
 * push is not configured ({@link #push} is empty) and nothing else changes.
 */
public record HabitsConfig(
        Optional<String> dbUrl,
        Optional<String> dbUser,
        Optional<String> dbPassword,
        Optional<String> dbSecretArn,
        int dbPoolSize,
        Optional<String> redisUrl,
        Set<String> allowedOrigins,
        boolean cookieSecure,
        String environment,
        Optional<PushSettings> push,
        boolean pushToPrivateEndpoints) {

    public static final String DB_URL = "HABITS_DB_URL";
    public static final String DB_USER = "HABITS_DB_USER";
    public static final String DB_PASSWORD = "HABITS_DB_PASSWORD";
    public static final String DB_SECRET_ARN = "HABITS_DB_SECRET_ARN";
    public static final String DB_POOL_SIZE = "HABITS_DB_POOL_SIZE";
    public static final String REDIS_URL = "HABITS_REDIS_URL";
    public static final String ALLOWED_ORIGINS = "HABITS_ALLOWED_ORIGINS";
    public static final String COOKIE_SECURE = "HABITS_COOKIE_SECURE";
    /** The deployment's name (prod, staging…): the {@code Environment} dimension of every metric the alarms watch. */
    public static final String ENVIRONMENT = "HABITS_ENVIRONMENT";
    public static final String DEFAULT_ENVIRONMENT = "local";
    /** The VAPID key pair (base64url: the 65-byte public point, the 32-byte private scalar) and contact. */
    public static final String VAPID_PUBLIC_KEY = "HABITS_VAPID_PUBLIC_KEY";
    public static final String VAPID_PRIVATE_KEY = "HABITS_VAPID_PRIVATE_KEY";
    public static final String VAPID_SUBJECT = "HABITS_VAPID_SUBJECT";
    /** A Secrets Manager secret {@code {"publicKey","privateKey","subject"}}, instead of the two keys. */
    public static final String VAPID_SECRET_ARN = "HABITS_VAPID_SECRET_ARN";
    /**
     * {@code allow} lets pushes reach loopback and private addresses (the local server, for a push service
     * stand-in on the machine); anything else, or unset, keeps them to public push services (see
     * {@code PushEndpointGuard}).
     */
    public static final String PUSH_PRIVATE_ENDPOINTS = "HABITS_PUSH_PRIVATE_ENDPOINTS";
    /** The two values of {@link #PUSH_PRIVATE_ENDPOINTS}. */
    public static final String ALLOW = "allow";
    public static final String REFUSE = "refuse";
    /** A CloudWatch dimension value: short and printable, no spaces, so that an alarm can name it exactly. */
    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    /**
     * Every variable this configuration reads, for the infrastructure tests that compare it with
     * Terraform and Docker Compose. ({@code HABITS_DATA_DIR} and {@code PORT} are the local server's.)
     */
    public static final List<String> VARIABLES = List.of(DB_URL, DB_USER, DB_PASSWORD, DB_SECRET_ARN, DB_POOL_SIZE,
            REDIS_URL, ALLOWED_ORIGINS, COOKIE_SECURE, ENVIRONMENT, VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY, VAPID_SUBJECT,
            VAPID_SECRET_ARN, PUSH_PRIVATE_ENDPOINTS);

    /** Read when given, never required: without them push is not configured (or, the last, kept to public hosts). */
    public static final List<String> OPTIONAL_VARIABLES = List.of(VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY, VAPID_SUBJECT,
            VAPID_SECRET_ARN, PUSH_PRIVATE_ENDPOINTS);

    /** Set by the Lambda runtime, not by us: read only to reach the secrets extension. */
    public static final List<String> AWS_VARIABLES = List.of("AWS_SESSION_TOKEN",
            "AWS_CONTAINER_CREDENTIALS_FULL_URI", "AWS_CONTAINER_AUTHORIZATION_TOKEN",
            "PARAMETERS_SECRETS_EXTENSION_HTTP_PORT");

    public static final int DEFAULT_POOL_SIZE = 2;
    public static final int MAX_POOL_SIZE = 50;

    public HabitsConfig {
        allowedOrigins = Set.copyOf(allowedOrigins);
    }

    public HttpSettings httpSettings() {
        return new HttpSettings(allowedOrigins, cookieSecure);
    }

    public static HabitsConfig fromEnvironment(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        Optional<String> dbUrl = value(env, DB_URL);
        Optional<String> dbUser = value(env, DB_USER);
        Optional<String> dbPassword = value(env, DB_PASSWORD);
        Optional<String> dbSecretArn = value(env, DB_SECRET_ARN);

        if (dbUrl.isEmpty() && dbSecretArn.isEmpty()) {
            problems.add(DB_URL + " is required (a jdbc:postgresql:// URL), unless " + DB_SECRET_ARN
                    + " names a secret with host, port and dbname");
        }
        dbUrl.filter(url -> !url.startsWith("jdbc:postgresql://"))
                .ifPresent(url -> problems.add(DB_URL + " must start with jdbc:postgresql://"));
        if (dbPassword.isPresent() && dbSecretArn.isPresent()) {
            problems.add("set either " + DB_PASSWORD + " or " + DB_SECRET_ARN + ", not both");
        }
        dbSecretArn.filter(arn -> arn.chars().anyMatch(Character::isWhitespace))
                .ifPresent(arn -> problems.add(DB_SECRET_ARN + " must be a secret ARN or name, without spaces"));

        int poolSize = DEFAULT_POOL_SIZE;
        Optional<String> pool = value(env, DB_POOL_SIZE);
        if (pool.isPresent()) {
            try {
                poolSize = Integer.parseInt(pool.get());
                if (poolSize < 1 || poolSize > MAX_POOL_SIZE) {
                    problems.add(DB_POOL_SIZE + " must be between 1 and " + MAX_POOL_SIZE + " (Lambda: 1 or 2)");
                }
            } catch (NumberFormatException e) {
                problems.add(DB_POOL_SIZE + " must be a whole number");
            }
        }

        Optional<String> redisUrl = value(env, REDIS_URL);
        redisUrl.filter(url -> !url.startsWith("redis://") && !url.startsWith("rediss://"))
                .ifPresent(url -> problems.add(REDIS_URL + " must start with redis:// or rediss://"));

        Set<String> origins = new LinkedHashSet<>();
        value(env, ALLOWED_ORIGINS).ifPresent(list -> {
            for (String origin : list.split(",")) {
                String trimmed = origin.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (isOrigin(trimmed)) {
                    origins.add(HttpSettings.normaliseOrigin(trimmed));
                } else {
                    problems.add(ALLOWED_ORIGINS + " has '" + trimmed
                            + "', which is not an origin such as https://habits.example.com");
                }
            }
        });

        boolean cookieSecure = true;
        Optional<String> secure = value(env, COOKIE_SECURE).map(s -> s.toLowerCase(Locale.ROOT));
        if (secure.isPresent()) {
            switch (secure.get()) {
                case "true" -> cookieSecure = true;
                case "false" -> cookieSecure = false;
                default -> problems.add(COOKIE_SECURE + " must be true or false");
            }
        }

        String environment = value(env, ENVIRONMENT).orElse(DEFAULT_ENVIRONMENT);
        if (!ENVIRONMENT_NAME.matcher(environment).matches()) {
            problems.add(ENVIRONMENT + " must be 1 to 64 letters, digits, '.', '-' or '_' (e.g. prod)");
        }

        Optional<PushSettings> push = push(env, problems);
        Optional<String> privateEndpoints = value(env, PUSH_PRIVATE_ENDPOINTS);
        privateEndpoints.filter(v -> !v.equals(ALLOW) && !v.equals(REFUSE)).ifPresent(v ->
                problems.add(PUSH_PRIVATE_ENDPOINTS + " must be " + ALLOW + " or " + REFUSE + " (unset: " + REFUSE
                        + ")"));

        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return new HabitsConfig(dbUrl, dbUser, dbPassword, dbSecretArn, poolSize, redisUrl, origins, cookieSecure,
                environment, push, privateEndpoints.filter(ALLOW::equals).isPresent());
    }

    /** The keys' and subject's format only (VapidCredentials): checking the curve would load crypto at start. */
    private static Optional<PushSettings> push(Map<String, String> env, List<String> problems) {
        Optional<String> publicKey = value(env, VAPID_PUBLIC_KEY);
        Optional<String> privateKey = value(env, VAPID_PRIVATE_KEY);
        Optional<String> subject = value(env, VAPID_SUBJECT);
        Optional<String> secretArn = value(env, VAPID_SECRET_ARN);
        if (publicKey.isEmpty() && privateKey.isEmpty() && subject.isEmpty() && secretArn.isEmpty()) {
            return Optional.empty(); // before any reference to the webpush classes: none is loaded for nothing
        }
        int before = problems.size();
        publicKey.flatMap(VapidCredentials::publicKeyProblem).ifPresent(p -> problems.add(VAPID_PUBLIC_KEY + " " + p));
        privateKey.flatMap(VapidCredentials::privateKeyProblem).ifPresent(p -> problems.add(VAPID_PRIVATE_KEY + " " + p));
        subject.flatMap(VapidCredentials::subjectProblem).ifPresent(p -> problems.add(VAPID_SUBJECT + " " + p));
        if (secretArn.isPresent()) {
            if (publicKey.isPresent() || privateKey.isPresent()) {
                problems.add("set either " + VAPID_PUBLIC_KEY + " and " + VAPID_PRIVATE_KEY + ", or "
                        + VAPID_SECRET_ARN + ", not both");
            }
            if (secretArn.get().chars().anyMatch(Character::isWhitespace)) {
                problems.add(VAPID_SECRET_ARN + " must be a secret ARN or name, without spaces");
            }
            return problems.size() > before ? Optional.empty()
                    : Optional.of(new PushSettings.FromSecret(secretArn.get(), subject));
        }
        if (publicKey.isEmpty() && privateKey.isEmpty()) {
            problems.add(VAPID_SUBJECT + " is set but there are no keys: set " + VAPID_PUBLIC_KEY + " and "
                    + VAPID_PRIVATE_KEY + ", or " + VAPID_SECRET_ARN);
            return Optional.empty();
        }
        if (publicKey.isEmpty() || privateKey.isEmpty()) {
            problems.add((publicKey.isEmpty() ? VAPID_PUBLIC_KEY : VAPID_PRIVATE_KEY) + " is required with "
                    + (publicKey.isEmpty() ? VAPID_PRIVATE_KEY : VAPID_PUBLIC_KEY) + " (the VAPID key pair)");
        }
        if (subject.isEmpty()) {
            problems.add(VAPID_SUBJECT + " is required with the VAPID keys: a mailto: address or an https: URL that"
                    + " push services may contact");
        }
        return problems.size() > before ? Optional.empty()
                : Optional.of(new PushSettings.Fixed(new VapidCredentials(publicKey.get(), privateKey.get(),
                        subject.get())));
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static boolean isOrigin(String value) {
        try {
            URI uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            return (uri.getScheme() != null && (uri.getScheme().equals("http") || uri.getScheme().equals("https")))
                    && uri.getHost() != null && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Never print a password, nor the password inside a Redis URL. */
    @Override
    public String toString() {
        return "HabitsConfig[dbUrl=" + dbUrl.map(HabitsConfig::redactUrl).orElse("-") + ", dbUser=" + dbUser.orElse("-")
                + ", dbPassword=" + (dbPassword.isPresent() ? "…" : "-") + ", dbSecretArn=" + dbSecretArn.orElse("-")
                + ", dbPoolSize=" + dbPoolSize + ", redisUrl=" + redisUrl.map(HabitsConfig::redactUrl).orElse("-")
                + ", allowedOrigins=" + allowedOrigins + ", cookieSecure=" + cookieSecure + ", environment=" + environment
                + ", push=" + push.map(Object::toString).orElse("-") + ", pushToPrivateEndpoints="
                + pushToPrivateEndpoints + "]";
    }

    static String redactUrl(String url) {
        return url.replaceAll("(://[^:/@]*:)[^@/]*@", "$1…@").replaceAll("(?i)(password=)[^&]*", "$1…");
    }
}
