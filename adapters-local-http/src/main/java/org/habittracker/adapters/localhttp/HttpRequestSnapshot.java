package org.habittracker.adapters.localhttp;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request as it came off the wire, independent of the server library: what the bridge needs to
 * build an API Gateway event.
 *
 * @param rawQuery the query string as sent (without '?'), empty when there is none
 * @param headers  header names as sent, each with every value in order
 * @param scheme   how the request reached this server: {@code http}, or {@code https} over TLS
 */
record HttpRequestSnapshot(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body,
        String sourceIp, String protocol, String scheme) {

    HttpRequestSnapshot {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rawQuery, "rawQuery");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(sourceIp, "sourceIp");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(scheme, "scheme");
    }
}
