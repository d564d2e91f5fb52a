package org.habittracker.adapters.cache;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach Redis and how long to wait for it.
 *
 * @param redisUrl       {@code redis://} or {@code rediss://} (TLS) URL, with {@code user:password@} or
 *                       {@code :password@} when the server wants them; empty means no cache (pass-through)
 * @param connectTimeout how long a TCP connect may take before the cache gives up on it
 * @param commandTimeout how long one Redis command may take before the call falls through to the database
 * @param entryTtl       how long a cached read model lives at most; bounds memory and the staleness left by a
 *                       network partition (see {@link RedisCache})
 */
public record CacheSettings(Optional<String> redisUrl, Duration connectTimeout, Duration commandTimeout,
        Duration entryTtl) {

    /** Lettuce's default is 10 s; a Lambda must not wait that long for a cache. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofMillis(100);
    /** Lettuce's default is 60 s; a cache answers in a millisecond or it is not worth waiting for. */
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofMillis(250);
    public static final Duration DEFAULT_ENTRY_TTL = Duration.ofMinutes(10);

    public CacheSettings {
        // Plain code, no lambdas: this runs on the cold-start path, where each first lambda costs milliseconds.
        Objects.requireNonNull(redisUrl, "redisUrl");
        String url = redisUrl.isPresent() ? redisUrl.get().strip() : "";
        redisUrl = url.isEmpty() ? Optional.empty() : Optional.of(url);
        if (!url.isEmpty()) {
            requireRedisUrl(url);
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(commandTimeout, "commandTimeout");
        requirePositive(entryTtl, "entryTtl");
        if (entryTtl.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("entryTtl: must be at least 1 s (Redis expires whole milliseconds)");
        }
    }

    /** The default timeouts and TTL, with Redis at {@code url} (empty or blank: no cache). */
    public static CacheSettings defaults(Optional<String> url) {
        return new CacheSettings(url, DEFAULT_CONNECT_TIMEOUT, DEFAULT_COMMAND_TIMEOUT, DEFAULT_ENTRY_TTL);
    }

    public boolean enabled() {
        return redisUrl.isPresent();
    }

    /** The password in the URL, if any, so that logs and health messages can blank it out. */
    Optional<String> password() {
        if (redisUrl.isEmpty()) {
            return Optional.empty();
        }
        String userInfo = parse(redisUrl.get()).getRawUserInfo();
        if (userInfo == null || !userInfo.contains(":")) {
            return Optional.empty();
        }
        String password = URLDecoder.decode(userInfo.substring(userInfo.indexOf(':') + 1), StandardCharsets.UTF_8);
        return password.isEmpty() ? Optional.empty() : Optional.of(password);
    }

    /** Scheme, host and port only: safe to log. */
    String safeUrl() {
        if (redisUrl.isEmpty()) {
            return "(none)";
        }
        URI uri = parse(redisUrl.get());
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "CacheSettings[redisUrl=" + safeUrl() + ", connectTimeout=" + connectTimeout + ", commandTimeout="
                + commandTimeout + ", entryTtl=" + entryTtl + "]";
    }

    private static void requireRedisUrl(String url) {
        // The message never repeats the URL: it may hold a password.
        if (!url.startsWith("redis://") && !url.startsWith("rediss://")) {
            throw new IllegalArgumentException("redisUrl: must start with redis:// or rediss://");
        }
        URI uri = parse(url);
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("redisUrl: must name a host, as in redis://host:6379");
        }
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("redisUrl: is not a valid URL (" + e.getReason() + ")");
        }
    }

    private static void requirePositive(Duration duration, String field) {
        Objects.requireNonNull(duration, field);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(field + ": must be positive");
        }
    }
}
