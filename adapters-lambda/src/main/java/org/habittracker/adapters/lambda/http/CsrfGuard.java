package org.habittracker.adapters.lambda.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses cross-site state-changing requests (ARCHITECTURE.md §5). A browser always sends {@code Origin} with a
 * cross-site or same-site POST/PUT/PATCH/DELETE, and {@code Sec-Fetch-Site} where it knows the fetch
 * metadata headers; a request must show it comes from this site (the origin's scheme, host and port are the
 * request's: {@code X-Forwarded-Proto}, and {@code X-Forwarded-Host} or {@code Host}) or from an allowed origin.
 * Requests with a bearer API token carry no ambient credential and are exempt (except on the token routes, which
 * refuse them outright). Together with {@code SameSite=Lax} and the body types taken ({@code application/json}, and
 * {@code application/zip} for the import), neither of which a plain HTML form can send, this leaves no way for
 * another site to act as the user.
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
            if (allowedOrigins.contains(normalised) || sameSite(normalised, request)) {
                return;
            }
            throw Problem.crossSite();
        }
        if (request.header("sec-fetch-site").map(s -> s.strip().equalsIgnoreCase("same-origin")).orElse(false)) {
            return;
        }
        throw Problem.crossSite();
    }

    /**
     * Whether the origin is this site: the same scheme, host and port as the request. The request's scheme is its
     * {@code X-Forwarded-Proto}, which API Gateway always sets (to {@code https}, the only scheme it serves) and the
     * local server's bridge sets to its own; without one the request came the only way the handler is deployed,
     * through API Gateway, so {@code https}. A browser cannot set either forwarded header on a cross-site request
     * (it is not a simple header, and no preflight here allows it), so an attacker's page cannot forge them.
     */
    private static boolean sameSite(String origin, HttpRequest request) {
        String scheme = first(request.header("x-forwarded-proto")).orElse("https");
        Optional<String> host = first(request.header("x-forwarded-host").or(() -> request.header("host")));
        Optional<String> site = host.flatMap(h -> site(scheme + "://" + h));
        return site.isPresent() && site(origin).equals(site);
    }

    /** The first of a header's comma-joined values, lower-cased. */
    private static Optional<String> first(Optional<String> header) {
        return header.map(h -> h.split(",")[0].strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty());
    }

    /** {@code https://Example.com:443} → {@code https://example.com:443}; {@code http://localhost} → {@code http://localhost:80}. */
    private static Optional<String> site(String origin) {
        try {
            URI uri = new URI(origin);
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !(Objects.equals(scheme, "http") || Objects.equals(scheme, "https"))) {
                return Optional.empty();
            }
            int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
