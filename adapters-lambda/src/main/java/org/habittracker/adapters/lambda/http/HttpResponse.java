package org.habittracker.adapters.lambda.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One response: status, headers (one value each), cookies to set (each a full {@code Set-Cookie} value,
 * which API Gateway sends as separate headers) and the body as text.
 */
public record HttpResponse(int status, Map<String, String> headers, List<String> cookies, String body) {

    public static final String JSON = "application/json";
    public static final String PROBLEM_JSON = "application/problem+json";

    public HttpResponse {
        headers = Map.copyOf(headers);
        cookies = List.copyOf(cookies);
        Objects.requireNonNull(body, "body");
    }

    public static HttpResponse json(int status, String body) {
        return new HttpResponse(status, Map.of("Content-Type", JSON), List.of(), body);
    }

    public static HttpResponse noContent() {
        return new HttpResponse(204, Map.of(), List.of(), "");
    }

    public HttpResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new HttpResponse(status, copy, cookies, body);
    }

    public HttpResponse withCookie(String setCookie) {
        List<String> copy = new ArrayList<>(cookies);
        copy.add(setCookie);
        return new HttpResponse(status, headers, copy, body);
    }

    /** HEAD answers like GET, without the body. */
    public HttpResponse withoutBody() {
        return new HttpResponse(status, headers, cookies, "");
    }

    public int bodyLength() {
        return body.getBytes(StandardCharsets.UTF_8).length;
    }
}
