package org.habittracker.adapters.lambda.http;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the HTTP layer needs from the configuration.
 *
 * @param allowedOrigins origins ({@code https://habits.example.com}) trusted for state-changing requests
 *                       besides the request's own host
 * @param secureCookies  whether the session cookie is {@code Secure} (off only for plain-HTTP local use)
 */
public record HttpSettings(Set<String> allowedOrigins, boolean secureCookies) {

    public static final int BODY_LIMIT = 64 * 1024;
    public static final int IMPORT_BODY_LIMIT = 5 * 1024 * 1024;

    public HttpSettings {
        allowedOrigins = allowedOrigins.stream().map(HttpSettings::normaliseOrigin).collect(Collectors.toUnmodifiableSet());
    }

    public static HttpSettings defaults() {
        return new HttpSettings(Set.of(), true);
    }

    /** Origins compare without a trailing slash and case-insensitively (scheme and host are). */
    public static String normaliseOrigin(String origin) {
        String trimmed = origin.strip().toLowerCase(Locale.ROOT);
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
