package org.habittracker.adapters.lambda.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses cross-site state-changing requests (DESIGN §5). A browser always sends {@code Origin} with a
 * cross-site or same-site POST/PUT/PATCH/DELETE, and {@code Sec-Fetch-Site} where it knows the fetch
 * metadata headers; a request must show it comes from this site (the origin's host is the request's
 * {@code X-Forwarded-Host} or {@code Host}) or from an allowed origin. Requests with a bearer API token
 * carry no ambient credential and are exempt (except on the token routes, which refuse them outright). Together
 * with {@code SameSite=Lax} and the body types taken ({@code application/json}, and {@code application/zip} for
 * the import), neither of which a plain HTML form can send, this leaves no way for another site to act as the user.
 */
public final class CsrfGuard {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Set<String> allowedOrigins;

    public CsrfGuard(Set<String> allowedOrigins) {
        this.allowedOrigins = Set.copyOf(allowedOrigins);
    }

    public void check(HttpRequest request, boolean bearerAuthenticated) {
        if (SAFE_METHODS.contains(request.method()) || bearerAuthenticated) {
            return;
        }
        Optional<String> origin = request.header("origin").filter(o -> !o.isBlank());
        if (origin.isPresent()) {
            String normalised = HttpSettings.normaliseOrigin(origin.get());
            if (allowedOrigins.contains(normalised) || sameHost(normalised, request)) {
                return;
            }
            throw Problem.crossSite();
        }
        if (request.header("sec-fetch-site").map(s -> s.strip().equalsIgnoreCase("same-origin")).orElse(false)) {
            return;
        }
        throw Problem.crossSite();
    }

    private static boolean sameHost(String origin, HttpRequest request) {
        Optional<String> originAuthority = authority(origin);
        Optional<String> host = request.header("x-forwarded-host").or(() -> request.header("host"))
                .map(h -> h.split(",")[0].strip().toLowerCase(Locale.ROOT))
                .map(CsrfGuard::withoutDefaultPort);
        return originAuthority.isPresent() && host.isPresent() && originAuthority.get().equals(host.get());
    }

    /** {@code https://Example.com:443} → {@code example.com}; {@code http://localhost:8080} → {@code localhost:8080}. */
    private static Optional<String> authority(String origin) {
        try {
            URI uri = new URI(origin);
            if (uri.getHost() == null || uri.getScheme() == null) {
                return Optional.empty();
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (port == 443 && uri.getScheme().equals("https"))
                    || (port == 80 && uri.getScheme().equals("http"));
            return Optional.of(defaultPort ? host : host + ":" + port);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String withoutDefaultPort(String host) {
        if (host.endsWith(":443")) {
            return host.substring(0, host.length() - 4);
        }
        if (host.endsWith(":80")) {
            return host.substring(0, host.length() - 3);
        }
        return host;
    }
}
