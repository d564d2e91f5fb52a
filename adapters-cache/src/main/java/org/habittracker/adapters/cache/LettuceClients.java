package org.habittracker.adapters.cache;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.SslOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How the Lettuce client is configured: every setting of ARCHITECTURE.md §4 that keeps a request from waiting on a
 * default timeout. Loaded only on the connect thread ({@link RedisLink}).
 */
final class LettuceClients {
    /** Shown by CLIENT LIST, so an operator can tell our connections apart. */
    static final String CLIENT_NAME = "habit-tracker";
    /** Keys are text, values bytes (JSON, version tokens). */
    static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

    /** Bounds the connection handshake (TLS, HELLO, AUTH), which runs in the background. */
    private static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration RECONNECT_FLOOR = Duration.ofMillis(20);
    private static final Duration RECONNECT_CEILING = Duration.ofSeconds(2);
    /** Commands in flight at most; more are refused at once (and fall through) rather than queued. */
    private static final int REQUEST_QUEUE_SIZE = 1_024;

    private LettuceClients() {
    }

    /** Two I/O and two computation threads (a Lambda has one or two vCPUs); jittered reconnects. */
    static ClientResources resources() {
        return DefaultClientResources.builder()
                .ioThreadPoolSize(2)
                .computationThreadPoolSize(2)
                .reconnectDelay(new JitteredBackoff(RECONNECT_FLOOR, RECONNECT_CEILING).asLettuceDelay())
                .build();
    }

    static RedisURI uri(CacheSettings settings) {
        RedisURI uri = RedisURI.create(settings.redisUrl().orElseThrow());
        // The URI's timeout bounds the handshake, which may take longer than a command in a cold JVM (TLS);
        // the connection gets the short command timeout once it is up (RedisLink).
        uri.setTimeout(max(settings.commandTimeout(), HANDSHAKE_TIMEOUT));
        uri.setClientName(CLIENT_NAME);
        return uri;
    }

    static ClientOptions options(CacheSettings settings, Optional<Path> trustedCertificates) {
        SocketOptions socket = SocketOptions.builder()
                .connectTimeout(settings.connectTimeout())
                .keepAlive(SocketOptions.KeepAliveOptions.builder()
                        .enable()
                        .idle(Duration.ofSeconds(30))
                        .interval(Duration.ofSeconds(10))
                        .count(3)
                        .build())
                .tcpNoDelay(true)
                .build();
        ClientOptions.Builder options = ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(socket)
                .timeoutOptions(TimeoutOptions.enabled(settings.commandTimeout()))
                .requestQueueSize(REQUEST_QUEUE_SIZE);
        if (trustedCertificates.isPresent()) {
            options.sslOptions(SslOptions.builder()
                    .jdkSslProvider()
                    .trustManager(trustedCertificates.get().toFile())
                    .build());
        }
        return options.build();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
