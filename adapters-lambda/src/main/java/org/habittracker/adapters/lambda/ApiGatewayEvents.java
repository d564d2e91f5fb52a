package org.habittracker.adapters.lambda;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import org.habittracker.adapters.lambda.http.HttpRequest;
import org.habittracker.adapters.lambda.http.HttpResponse;
import org.habittracker.adapters.lambda.http.Utf8;

/**
 * Translates between API Gateway's HTTP API payload v2 and the API's own request and response. Reads
 * {@code rawPath}, {@code rawQueryString}, {@code headers}, {@code cookies}, {@code isBase64Encoded},
 * {@code requestContext.http.method} and {@code requestContext.stage}; never {@code routeKey}, which is
 * {@code $default} behind a proxy route.
 */
public final class ApiGatewayEvents {

    private ApiGatewayEvents() {
    }

    /** Thrown for a body flagged as base64 that is not, or text that has no UTF-8 form (an unpaired surrogate). */
    public static final class UnreadableBody extends RuntimeException {
        UnreadableBody(String why) {
            super(why, null, false, false);
        }
    }

    public static HttpRequest toRequest(APIGatewayV2HTTPEvent event) {
        var context = event.getRequestContext();
        var http = context == null ? null : context.getHttp();
        String method = http != null && http.getMethod() != null ? http.getMethod().toUpperCase(Locale.ROOT) : "GET";
        String rawPath = event.getRawPath() != null ? event.getRawPath()
                : http != null && http.getPath() != null ? http.getPath() : "/";
        String stage = context == null ? null : context.getStage();
        String basePath = "";
        String path = rawPath;
        if (stage != null && !stage.isEmpty() && !stage.equals("$default")) {
            String prefix = "/" + stage;
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                path = path.substring(prefix.length());
                basePath = prefix;
            }
        }
        Map<String, String> headers = headers(event.getHeaders());
        String requestId = context != null && context.getRequestId() != null && !context.getRequestId().isBlank()
                ? context.getRequestId() : UUID.randomUUID().toString();
        String sourceIp = http != null && http.getSourceIp() != null ? http.getSourceIp() : "unknown";
        return new HttpRequest(method, normalise(path), basePath, query(event), headers,
                cookies(event.getCookies(), headers.get("cookie")), body(event), sourceIp, requestId);
    }

    public static APIGatewayV2HTTPResponse toResponse(HttpResponse response) {
        APIGatewayV2HTTPResponse out = new APIGatewayV2HTTPResponse();
        out.setStatusCode(response.status());
        out.setHeaders(new LinkedHashMap<>(response.headers()));
        // Several Set-Cookie values cannot share one header map entry: payload v2 sends them from here.
        out.setCookies(response.cookies().isEmpty() ? null : new ArrayList<>(response.cookies()));
        out.setBody(response.body());
        out.setIsBase64Encoded(false);
        return out;
    }

    /** {@code //api//habits/} → {@code /api/habits}; each segment percent-decoded ({@code +} stays a plus). */
    static String normalise(String path) {
        StringBuilder normalised = new StringBuilder();
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            normalised.append('/').append(decodePathSegment(segment));
        }
        return normalised.isEmpty() ? "/" : normalised.toString();
    }

    private static String decodePathSegment(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment; // not valid percent-encoding: kept as is, and so matches no route
        }
    }

    /** Lower-cased names; a name that arrives twice in different cases is joined as API Gateway joins repeats. */
    private static Map<String, String> headers(Map<String, String> raw) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (raw != null) {
            raw.forEach((name, value) -> {
                if (name != null && value != null) {
                    headers.merge(name.toLowerCase(Locale.ROOT), value, (a, b) -> a + ", " + b);
                }
            });
        }
        return headers;
    }

    private static Map<String, List<String>> query(APIGatewayV2HTTPEvent event) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        String raw = event.getRawQueryString();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decodeQuery(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decodeQuery(pair.substring(eq + 1));
                query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        } else if (event.getQueryStringParameters() != null) {
            event.getQueryStringParameters().forEach((name, value) -> {
                List<String> values = new ArrayList<>();
                for (String v : value.split(",")) {
                    values.add(v);
                }
                query.put(name, values);
            });
        }
        return query;
    }

    private static String decodeQuery(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    /** Payload v2 moves cookies into {@code cookies}; a bridge or test may still send a {@code Cookie} header. */
    private static Map<String, String> cookies(List<String> list, String header) {
        Map<String, String> cookies = new LinkedHashMap<>();
        List<String> pairs = new ArrayList<>();
        if (list != null) {
            list.forEach(entry -> pairs.addAll(List.of(entry.split(";"))));
        }
        if (header != null) {
            pairs.addAll(List.of(header.split(";")));
        }
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = pair.substring(0, eq).strip();
            String value = pair.substring(eq + 1).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            cookies.putIfAbsent(name, value);
        }
        return cookies;
    }

    private static byte[] body(APIGatewayV2HTTPEvent event) {
        String body = event.getBody();
        if (body == null || body.isEmpty()) {
            return new byte[0];
        }
        if (event.getIsBase64Encoded()) {
            try {
                return Base64.getDecoder().decode(body.strip());
            } catch (IllegalArgumentException e) {
                throw new UnreadableBody("The body is flagged base64 but is not.");
            }
        }
        // getBytes would turn an unpaired surrogate into '?' and let that be stored.
        return Utf8.encode(body).orElseThrow(() -> new UnreadableBody("The body is not valid UTF-8 text."));
    }
}
