package org.habittracker.adapters.lambda.webpush;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.habittracker.application.port.out.PushDelivery;
import org.habittracker.application.port.out.PushMessage;
import org.habittracker.application.port.out.PushOutcome;
import org.habittracker.application.port.out.PushTarget;

/**
 * Web Push with the JDK alone: the payload encrypted for the subscription ({@link Aes128gcm}, RFC 8291), sent
 * with one POST to its endpoint (RFC 8030 §5) carrying {@code TTL}, {@code Topic} and {@code Urgency}, and the
 * VAPID authorization ({@link VapidTokens}, RFC 8292). Nothing is built until the first push: the credentials
 * (which may come from a secret read only during an invocation), the keys and the HTTP client, so that merely
 * having push configured costs an API cold start nothing.
 */
public final class WebPushDelivery implements PushDelivery {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** RFC 8030 §5.4: at most 32 characters of the URL- and filename-safe base64 alphabet. */
    private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final int REASON_BYTES = 200;

    /** What the first push builds, then every push uses. */
    private record Sender(VapidCredentials credentials, VapidTokens tokens) {}

    private final Supplier<VapidCredentials> credentials;
    private final Clock clock;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final PushEndpointGuard guard;
    private final Object lock = new Object();
    // Guarded by lock; read without it once set.
    private volatile VapidCredentials resolved;
    private volatile Sender sender;
    private volatile HttpClient http;

    /**
     * @param credentials asked for at the first need, and again after a failure (a secret not readable now may
     *                    be later); it may throw, and its message is kept for the outcome or the exception
     * @param guard       which endpoints may be pushed to ({@link PushEndpointGuard#publicOnly()} when deployed)
     */
    public WebPushDelivery(Supplier<VapidCredentials> credentials, Clock clock, PushEndpointGuard guard) {
        this(credentials, clock, guard, CONNECT_TIMEOUT, REQUEST_TIMEOUT);
    }

    /** With other timeouts (tests of a push service that never answers). */
    WebPushDelivery(Supplier<VapidCredentials> credentials, Clock clock, PushEndpointGuard guard,
            Duration connectTimeout, Duration requestTimeout) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
    }

    /** Fixed credentials (environment variables, the local server's key file). */
    public static WebPushDelivery of(VapidCredentials credentials, Clock clock, PushEndpointGuard guard) {
        Objects.requireNonNull(credentials, "credentials");
        return new WebPushDelivery(() -> credentials, clock, guard);
    }

    /** Empty when the credentials cannot be had now (the reason is the next push's {@code NotDelivered}). */
    @Override
    public Optional<String> applicationServerKey() {
        try {
            return Optional.of(credentials().publicKey());
        } catch (PushUnavailableException e) {
            return Optional.empty();
        }
    }

    @Override
    public PushOutcome deliver(PushTarget target, PushMessage message) {
        try {
            return send(target, message);
        } catch (PushUnavailableException e) {
            return new PushOutcome.NotDelivered(e.getMessage());
        } catch (RuntimeException e) {
            // Never thrown at the scheduler: a defect here must cost one push, not the rest of the minute's.
            return new PushOutcome.NotDelivered("cannot send: " + e);
        }
    }

    private PushOutcome send(PushTarget target, PushMessage message) {
        URI endpoint = target.endpoint();
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || endpoint.getHost() == null) {
            return new PushOutcome.NotDelivered("the endpoint is not an http(s) URL");
        }
        Optional<String> refused = guard.refusal(endpoint);
        if (refused.isPresent()) {
            return new PushOutcome.NotDelivered(refused.get());
        }
        if (message.topic().isPresent() && !TOPIC.matcher(message.topic().get()).matches()) {
            return new PushOutcome.NotDelivered("the Topic must be 1 to 32 base64url characters (RFC 8030 §5.4)");
        }
        byte[] body;
        try {
            Base64.Decoder base64 = Base64.getUrlDecoder();
            body = Aes128gcm.encrypt(message.payloadJson().getBytes(StandardCharsets.UTF_8),
                    P256.publicKey(base64.decode(target.p256dh())), base64.decode(target.auth()));
        } catch (IllegalArgumentException e) {
            return new PushOutcome.NotDelivered("cannot encrypt for this subscription: " + e.getMessage());
        }
        Sender current = sender();
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(requestTimeout)
                .header("TTL", Long.toString(message.timeToLive().toSeconds()))
                .header("Content-Encoding", "aes128gcm").header("Content-Type", "application/octet-stream")
                .header("Urgency", "normal").header("Authorization", current.tokens().authorization(endpoint))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        message.topic().ifPresent(topic -> request.header("Topic", topic));
        try {
            HttpResponse<InputStream> response = http().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            String reason;
            try (InputStream in = response.body()) {
                reason = new String(in.readNBytes(REASON_BYTES), StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
            } catch (IOException e) {
                reason = "";
            }
            return switch (status) {
                case 201, 202 -> new PushOutcome.Delivered();
                case 404, 410 -> new PushOutcome.SubscriptionGone(status);
                default -> new PushOutcome.NotDelivered("the push service answered " + status
                        + (reason.isEmpty() ? "" : ": " + reason));
            };
        } catch (HttpTimeoutException e) {
            return new PushOutcome.NotDelivered("the push service did not answer in time (" + e.getMessage() + ")");
        } catch (ConnectException e) {
            return new PushOutcome.NotDelivered("cannot connect to the push service: " + e);
        } catch (IOException e) {
            return new PushOutcome.NotDelivered("the push failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PushOutcome.NotDelivered("interrupted");
        }
    }

    private VapidCredentials credentials() {
        VapidCredentials known = resolved;
        if (known != null) {
            return known;
        }
        synchronized (lock) {
            if (resolved == null) {
                try {
                    resolved = Objects.requireNonNull(credentials.get(), "credentials");
                } catch (RuntimeException e) {
                    throw new PushUnavailableException("the VAPID credentials are unavailable: " + e.getMessage(), e);
                }
            }
            return resolved;
        }
    }

    private Sender sender() {
        Sender known = sender;
        if (known != null) {
            return known;
        }
        VapidCredentials current = credentials();
        synchronized (lock) {
            if (sender == null) {
                try {
                    sender = new Sender(current, new VapidTokens(VapidKeys.of(current), current.subject(), clock));
                } catch (IllegalArgumentException e) {
                    throw new PushUnavailableException("the VAPID keys are not usable: " + e.getMessage(), e);
                }
            }
            return sender;
        }
    }

    private HttpClient http() {
        HttpClient known = http;
        if (known != null) {
            return known;
        }
        synchronized (lock) {
            if (http == null) {
                // Push services speak HTTP/2 (negotiated over TLS; plain http, a local stand-in, stays on 1.1).
                http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                        .followRedirects(HttpClient.Redirect.NEVER).build();
            }
            return http;
        }
    }
}
