package org.habittracker.adapters.localhttp;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.habittracker.adapters.lambda.http.Utf8;

/**
 * Builds the payload-v2 event API Gateway HTTP API would send for a request, so the local server runs the
 * very code path that runs in AWS. Mirrors API Gateway's own rules: header names lower-case with repeated
 * values joined by commas, cookies moved from the {@code Cookie} header into the {@code cookies} list,
 * repeated query keys joined by commas, {@code X-Forwarded-Proto} set, and bodies base64-encoded unless they are
 * UTF-8 text.
 */
final class ApiGatewayEvents {
    private static final String STAGE = "$default";

    private ApiGatewayEvents() {
    }

    static APIGatewayV2HTTPEvent toEvent(HttpRequestSnapshot request, String requestId, Instant receivedAt) {
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> cookies = new ArrayList<>();
        request.headers().forEach((name, values) -> {
            String lowerName = name.toLowerCase(Locale.ROOT);
            if (lowerName.equals("cookie")) {
                values.forEach(value -> cookies.addAll(splitCookies(value)));
            } else {
                headers.merge(lowerName, String.join(",", values), (a, b) -> a + "," + b);
            }
        });

        // API Gateway says which scheme the client used; a proxy in front of this server may have said it already.
        headers.putIfAbsent("x-forwarded-proto", request.scheme());

        // Text that is not UTF-8 goes as the bytes it is, for the handler to refuse: decoding it here would put
        // U+FFFD in place of each bad byte, and that would be stored.
        Optional<String> text = request.body().length > 0 && isText(headers.get("content-type"))
                ? Utf8.decode(request.body()) : Optional.empty();
        boolean base64 = request.body().length > 0 && text.isEmpty();
        String body = request.body().length == 0 ? null
                : text.orElseGet(() -> Base64.getEncoder().encodeToString(request.body()));

        var http = APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                .withMethod(request.method())
                .withPath(request.path())
                .withProtocol(request.protocol())
                .withSourceIp(request.sourceIp())
                .withUserAgent(headers.getOrDefault("user-agent", ""))
                .build();
        var context = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withRouteKey(STAGE)
                .withStage(STAGE)
                .withRequestId(requestId)
                .withAccountId("local")
                .withApiId("local")
                .withDomainName(headers.getOrDefault("host", "localhost"))
                .withTime(receivedAt.toString())
                .withTimeEpoch(receivedAt.toEpochMilli())
                .withHttp(http)
                .build();
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(STAGE)
                .withRawPath(request.path())
                .withRawQueryString(request.rawQuery())
                .withQueryStringParameters(queryParameters(request.rawQuery()))
                .withHeaders(headers)
                .withCookies(cookies.isEmpty() ? null : cookies)
                .withBody(body)
                .withIsBase64Encoded(base64)
                .withRequestContext(context)
                .build();
    }

    /** API Gateway passes text bodies as they are and base64-encodes everything else. */
    static boolean isText(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
        return type.startsWith("text/") || type.equals("application/json") || type.endsWith("+json")
                || type.equals("application/xml") || type.endsWith("+xml")
                || type.equals("application/x-www-form-urlencoded") || type.equals("application/javascript");
    }

    private static List<String> splitCookies(String header) {
        List<String> cookies = new ArrayList<>();
        for (String part : header.split(";")) {
            String cookie = part.strip();
            if (!cookie.isEmpty()) {
                cookies.add(cookie);
            }
        }
        return cookies;
    }

    private static Map<String, String> queryParameters(String rawQuery) {
        if (rawQuery.isEmpty()) {
            return null;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.merge(key, value, (a, b) -> a + "," + b);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            // API Gateway passes on what it cannot decode; so do we, and let the handler judge it.
            return text;
        }
    }
}
