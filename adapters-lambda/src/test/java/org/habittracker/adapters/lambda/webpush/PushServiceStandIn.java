package org.habittracker.adapters.lambda.webpush;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.habittracker.application.port.out.PushTarget;

/**
 * A push service for tests (RFC 8030), on a loopback port: it hands out browser subscriptions (the browser's
 * P-256 key pair and 16-byte auth secret made here, as a browser makes them), and for each push checks what a
 * real push service checks — the VAPID JWT (ES256 by the {@code k} key, {@code aud} its own origin, {@code exp}
 * in the future and at most 24 hours ahead, a {@code sub}; {@code k} the key the subscription was made with),
 * {@code TTL}, {@code Content-Encoding: aes128gcm}, the {@code Topic} — then decrypts the payload with the
 * subscription's private keys as the browser would ({@link BrowserCrypto}) and records it. It answers 201, or
 * 404/410 for a subscription marked gone, or what a test tells it to; anything it refuses is kept in
 * {@link #refusals()} with the reason, so that a test can assert there was none.
 */
public final class PushServiceStandIn implements AutoCloseable {

    /** A browser's subscription as the service worker would hold it. */
    public record Subscription(String id, URI endpoint, KeyPair keys, byte[] authSecret,
            Optional<String> applicationServerKey) {

        public PushTarget target() {
            Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
            return new PushTarget(endpoint, base64.encodeToString(BrowserCrypto.rawPublic(keys.getPublic())),
                    base64.encodeToString(authSecret));
        }
    }

    /** One push taken: what the browser's service worker would get, and what came with it. */
    public record Received(String subscriptionId, String plaintext, long ttlSeconds, Optional<String> topic,
            Optional<String> urgency, String audience, Instant expires, String subject, String vapidKey) {}

    /** One push refused, and why. */
    public record Refusal(String subscriptionId, int status, String reason) {}

    private static final Pattern VAPID = Pattern.compile("vapid t=([^,\\s]+),\\s*k=([A-Za-z0-9_-]+)");
    private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI origin;
    private final Clock clock;
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final Map<String, Integer> gone = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Refusal> refusals = new CopyOnWriteArrayList<>();
    private volatile Optional<Integer> forcedStatus = Optional.empty();
    private volatile Duration delay = Duration.ZERO;

    private PushServiceStandIn(Clock clock) throws IOException {
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/push/", this::handle);
        server.start();
        this.origin = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public static PushServiceStandIn start() {
        return start(Clock.systemUTC());
    }

    /** With the clock the JWT's {@code exp} is judged by. */
    public static PushServiceStandIn start(Clock clock) {
        try {
            return new PushServiceStandIn(clock);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the push service stand-in", e);
        }
    }

    /** {@code http://127.0.0.1:<port>}: what a JWT's {@code aud} must be. */
    public URI origin() {
        return origin;
    }

    /** A new subscription that accepts pushes signed by any VAPID key. */
    public Subscription subscribe() {
        return subscribe(Optional.empty());
    }

    /** A new subscription made with {@code applicationServerKey}: pushes signed by another key are refused (403). */
    public Subscription subscribe(String applicationServerKey) {
        return subscribe(Optional.of(applicationServerKey));
    }

    private Subscription subscribe(Optional<String> applicationServerKey) {
        String id = UUID.randomUUID().toString();
        byte[] auth = new byte[16];
        RANDOM.nextBytes(auth);
        Subscription subscription = new Subscription(id, origin.resolve("/push/" + id), BrowserCrypto.newKeyPair(),
                auth, applicationServerKey);
        subscriptions.put(id, subscription);
        return subscription;
    }

    /** From now on, pushes to this subscription are answered {@code status} (404 or 410): it has expired. */
    public void markGone(Subscription subscription, int status) {
        gone.put(subscription.id(), status);
    }

    /** Every push is answered {@code status} without being looked at (e.g. 500, 429), until {@link #behave()}. */
    public void answerEveryPush(int status) {
        forcedStatus = Optional.of(status);
    }

    /** Every push is answered only after {@code delay} (a push service that hangs). */
    public void answerAfter(Duration delay) {
        this.delay = delay;
    }

    public void behave() {
        forcedStatus = Optional.empty();
        delay = Duration.ZERO;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> receivedBy(Subscription subscription) {
        return received.stream().filter(r -> r.subscriptionId().equals(subscription.id())).toList();
    }

    public List<Refusal> refusals() {
        return List.copyOf(refusals);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!delay.isZero()) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String id = exchange.getRequestURI().getPath().substring("/push/".length());
            Optional<Integer> forced = forcedStatus;
            if (forced.isPresent()) {
                answer(exchange, forced.get(), "forced by the test");
                return;
            }
            Subscription subscription = subscriptions.get(id);
            if (!exchange.getRequestMethod().equals("POST")) {
                refuse(exchange, id, 405, "a push is a POST");
            } else if (subscription == null) {
                refuse(exchange, id, 404, "no such subscription");
            } else if (gone.containsKey(id)) {
                answer(exchange, gone.get(id), "subscription expired");
            } else {
                accept(exchange, subscription, body);
            }
        }
    }

    private void accept(HttpExchange exchange, Subscription subscription, byte[] body) throws IOException {
        String id = subscription.id();
        var headers = exchange.getRequestHeaders();
        String authorization = Optional.ofNullable(headers.getFirst("Authorization")).orElse("");
        Matcher vapid = VAPID.matcher(authorization);
        if (!vapid.matches()) {
            refuse(exchange, id, 401, "no VAPID authorization: '" + authorization + "'");
            return;
        }
        String jwt = vapid.group(1);
        String key = vapid.group(2);
        JsonNode claims;
        try {
            claims = verifiedClaims(jwt, Base64.getUrlDecoder().decode(key));
        } catch (IllegalArgumentException e) {
            refuse(exchange, id, 403, "bad VAPID JWT: " + e.getMessage());
            return;
        }
        if (subscription.applicationServerKey().isPresent() && !subscription.applicationServerKey().get().equals(key)) {
            refuse(exchange, id, 403, "k is not the key the subscription was made with");
            return;
        }
        String ttl = headers.getFirst("TTL");
        if (ttl == null || !ttl.matches("[0-9]{1,10}")) {
            refuse(exchange, id, 400, "TTL missing or not a number: " + ttl);
            return;
        }
        if (!"aes128gcm".equals(headers.getFirst("Content-Encoding"))) {
            refuse(exchange, id, 415, "Content-Encoding is not aes128gcm: " + headers.getFirst("Content-Encoding"));
            return;
        }
        Optional<String> topic = Optional.ofNullable(headers.getFirst("Topic"));
        if (topic.isPresent() && !TOPIC.matcher(topic.get()).matches()) {
            refuse(exchange, id, 400, "Topic is not 1 to 32 base64url characters: " + topic.get());
            return;
        }
        if (body.length > 4096) {
            refuse(exchange, id, 413, "body of " + body.length + " bytes");
            return;
        }
        byte[] plaintext;
        try {
            PrivateKey uaPrivate = subscription.keys().getPrivate();
            plaintext = BrowserCrypto.decrypt(body, uaPrivate, BrowserCrypto.rawPublic(subscription.keys().getPublic()),
                    subscription.authSecret());
        } catch (BrowserCrypto.Undecryptable e) {
            refuse(exchange, id, 400, e.getMessage());
            return;
        }
        received.add(new Received(id, new String(plaintext, StandardCharsets.UTF_8), Long.parseLong(ttl), topic,
                Optional.ofNullable(headers.getFirst("Urgency")), claims.get("aud").asText(),
                Instant.ofEpochSecond(claims.get("exp").asLong()), claims.get("sub").asText(), key));
        exchange.getResponseHeaders().add("Location", origin.resolve("/message/" + UUID.randomUUID()).toString());
        answer(exchange, 201, "");
    }

    /** The JWT's claims, if it is ES256-signed by {@code key} and its aud, exp and sub are what RFC 8292 asks. */
    private JsonNode verifiedClaims(String jwt, byte[] key) {
        String[] parts = jwt.split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not three parts");
        }
        Base64.Decoder base64 = Base64.getUrlDecoder();
        try {
            JsonNode header = JSON.readTree(base64.decode(parts[0]));
            if (!"ES256".equals(header.path("alg").asText())) {
                throw new IllegalArgumentException("alg is not ES256: " + header);
            }
            byte[] signingInput = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
            if (!BrowserCrypto.verifiesEs256(key, signingInput, base64.decode(parts[2]))) {
                throw new IllegalArgumentException("the signature is not by k");
            }
            JsonNode claims = JSON.readTree(base64.decode(parts[1]));
            if (!origin.toString().equals(claims.path("aud").asText())) {
                throw new IllegalArgumentException("aud is " + claims.path("aud") + ", not " + origin);
            }
            if (!claims.path("exp").canConvertToLong()) {
                throw new IllegalArgumentException("no exp");
            }
            Instant expires = Instant.ofEpochSecond(claims.get("exp").asLong());
            Instant now = clock.instant();
            if (!expires.isAfter(now) || expires.isAfter(now.plus(Duration.ofHours(24)))) {
                throw new IllegalArgumentException("exp " + expires + " is not within 24 hours after " + now);
            }
            String subject = claims.path("sub").asText();
            if (!subject.startsWith("mailto:") && !subject.startsWith("https://")) {
                throw new IllegalArgumentException("sub is not a mailto: or https: URI: " + claims.path("sub"));
            }
            return claims;
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage());
        }
    }

    private void refuse(HttpExchange exchange, String id, int status, String reason) throws IOException {
        refusals.add(new Refusal(id, status, reason));
        answer(exchange, status, reason);
    }

    private static void answer(HttpExchange exchange, int status, String reason) throws IOException {
        byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
