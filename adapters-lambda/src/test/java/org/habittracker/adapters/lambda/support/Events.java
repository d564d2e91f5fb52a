package org.habittracker.adapters.lambda.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Payload-v2 events for tests: golden fixtures as API Gateway sends them, or built to order. */
public final class Events {

    /** Reads fixtures as the Lambda runtime does: fields the event class lacks are ignored. */
    private static final ObjectMapper FIXTURES = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public static final String HOST = "habits.example.com";
    public static final String ORIGIN = "https://" + HOST;

    private Events() {
    }

    public static APIGatewayV2HTTPEvent fixture(String name) {
        try (InputStream in = Events.class.getResourceAsStream("/events/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return FIXTURES.readValue(in, APIGatewayV2HTTPEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final java.util.concurrent.atomic.AtomicInteger CLIENTS = new java.util.concurrent.atomic.AtomicInteger();

    /** A client address no other call has had (10.x.y.z), for requests that must not share a client's throttle. */
    public static String uniqueClientIp() {
        int n = CLIENTS.incrementAndGet();
        return "10." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255);
    }

    public static Builder request(String method, String pathAndQuery) {
        return new Builder(method, pathAndQuery);
    }

    /** A same-origin browser request to {@link #HOST} on the {@code $default} stage, unless told otherwise. */
    public static final class Builder {
        private final String method;
        private final String path;
        private final String query;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final List<String> cookies = new ArrayList<>();
        private String body;
        private boolean base64;
        private String stage = "$default";
        private String sourceIp = "198.51.100.20";
        private String requestId = "req-" + System.nanoTime();

        private Builder(String method, String pathAndQuery) {
            this.method = method;
            int q = pathAndQuery.indexOf('?');
            this.path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
            this.query = q < 0 ? "" : pathAndQuery.substring(q + 1);
            headers.put("host", HOST);
            if (!method.equals("GET") && !method.equals("HEAD")) {
                headers.put("origin", ORIGIN);
            }
        }

        public Builder json(String json) {
            headers.put("content-type", "application/json");
            this.body = json;
            return this;
        }

        /** A binary body, as API Gateway passes one: base64 in {@code body}, {@code isBase64Encoded} set. */
        public Builder binary(String contentType, byte[] bytes) {
            headers.put("content-type", contentType);
            this.body = java.util.Base64.getEncoder().encodeToString(bytes);
            this.base64 = true;
            return this;
        }

        public Builder rawBody(String raw) {
            this.body = raw;
            return this;
        }

        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Builder withoutHeader(String name) {
            headers.remove(name);
            return this;
        }

        public Builder cookie(String name, String value) {
            cookies.add(name + "=" + value);
            return this;
        }

        public Builder session(String token) {
            return token == null ? this : cookie("habits_session", token);
        }

        public Builder sourceIp(String ip) {
            this.sourceIp = ip;
            return this;
        }

        public Builder stage(String name) {
            this.stage = name;
            return this;
        }

        public Builder requestId(String id) {
            this.requestId = id;
            return this;
        }

        public APIGatewayV2HTTPEvent build() {
            String rawPath = stage.equals("$default") ? path : "/" + stage + path;
            var http = APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(rawPath)
                    .withProtocol("HTTP/1.1").withSourceIp(sourceIp).withUserAgent("test").build();
            var context = APIGatewayV2HTTPEvent.RequestContext.builder().withHttp(http).withStage(stage)
                    .withRequestId(requestId).withRouteKey("$default").build();
            var event = new APIGatewayV2HTTPEvent();
            event.setVersion("2.0");
            event.setRouteKey("$default");
            event.setRawPath(rawPath);
            event.setRawQueryString(query);
            event.setHeaders(new LinkedHashMap<>(headers));
            event.setCookies(cookies.isEmpty() ? null : new ArrayList<>(cookies));
            event.setBody(body);
            event.setIsBase64Encoded(base64);
            event.setRequestContext(context);
            return event;
        }
    }
}
