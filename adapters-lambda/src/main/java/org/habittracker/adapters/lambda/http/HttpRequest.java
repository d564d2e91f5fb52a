package org.habittracker.adapters.lambda.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request as the API sees it, independent of how it arrived (API Gateway payload v2, or the local
 * server's bridge to it).
 *
 * @param method    upper-case HTTP method
 * @param path      normalised path: stage prefix stripped, no duplicate or trailing slashes, starts with '/'
 * @param basePath  what was stripped in front of {@code path} (a named stage such as {@code /prod}), or ""
 * @param query     decoded query parameters; a name given twice keeps every value, in order
 * @param headers   header names lower-cased; a header given twice is joined with ", " as API Gateway does
 * @param cookies   cookie values by name, from the {@code cookies} list and any {@code Cookie} header
 * @param body      the body bytes, base64 already decoded; empty array when there is none
 * @param sourceIp  the client address, for login throttling
 * @param requestId the id that goes back in {@code X-Request-Id} and into the log line
 */
public record HttpRequest(String method, String path, String basePath, Map<String, List<String>> query,
        Map<String, String> headers, Map<String, String> cookies, byte[] body, String sourceIp, String requestId) {

    public HttpRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(basePath, "basePath");
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        cookies = Map.copyOf(cookies);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(sourceIp, "sourceIp");
        Objects.requireNonNull(requestId, "requestId");
    }

    /** A header by case-insensitive name. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The first value of a query parameter. */
    public Optional<String> queryParameter(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    public boolean hasBody() {
        return body.length > 0;
    }

    /** Arrays compare by identity in records; the body never takes part in equality or printing. */
    @Override
    public String toString() {
        return "HttpRequest[" + method + " " + basePath + path + ", requestId=" + requestId + ", body=" + body.length
                + " bytes]";
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
