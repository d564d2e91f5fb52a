package org.habittracker.adapters.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import redis.embedded.core.ExecutableProvider;

/**
 * A redis-server of the test's own, on a free port, that the test can kill, restart on the same port, and
 * freeze (SIGSTOP: it keeps accepting connections at the kernel but answers nothing). The binary is the
 * machine's {@code redis-server} when there is one, else the one shipped in the embedded-redis artifact.
 */
final class RedisProcess implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(15);

    private final int port;
    private final List<String> extraArgs;
    private final Path logFile;
    private Process process;

    private RedisProcess(int port, List<String> extraArgs) throws IOException {
        this.port = port;
        this.extraArgs = List.copyOf(extraArgs);
        Path logs = Path.of("target", "redis-logs");
        Files.createDirectories(logs);
        this.logFile = logs.resolve("redis-" + port + ".log");
    }

    /** Starts a server on a free port with persistence off, plus {@code extraArgs} (redis-server options). */
    static RedisProcess start(String... extraArgs) throws IOException {
        RedisProcess redis = new RedisProcess(freePort(), List.of(extraArgs));
        redis.startProcess();
        return redis;
    }

    /** Starts a server on {@code port}, for a test that first needs nothing to listen there. */
    static RedisProcess startOn(int port, String... extraArgs) throws IOException {
        RedisProcess redis = new RedisProcess(port, List.of(extraArgs));
        redis.startProcess();
        return redis;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** Kills the server at once (SIGKILL), as a crash or a lost node would. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Starts the server again on the same port with the same options. */
    void restart() throws IOException {
        startProcess();
    }

    /** SIGSTOP: connections stay open and new ones are accepted by the kernel, but nothing is answered. */
    void freeze() throws IOException, InterruptedException {
        signal("-STOP");
    }

    void thaw() throws IOException, InterruptedException {
        signal("-CONT");
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            signalQuietly("-CONT");
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void startProcess() throws IOException {
        List<String> command = new ArrayList<>(List.of(binary().toString(),
                "--port", Integer.toString(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                "--daemonize", "no", "--protected-mode", "no"));
        command.addAll(extraArgs);
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        awaitPong();
    }

    private void awaitPong() throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("redis-server exited with " + process.exitValue() + "; see " + logFile.toAbsolutePath());
            }
            if (answersPing()) {
                return;
            }
            sleep(Duration.ofMillis(20));
        }
        throw new IOException("redis-server did not answer PING within " + START_TIMEOUT + "; see " + logFile.toAbsolutePath());
    }

    /** PING in plain RESP; a server that wants a password answers -NOAUTH, which also means it is up. */
    private boolean answersPing() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = new byte[64];
            int read = in.read(reply);
            String answer = read <= 0 ? "" : new String(reply, 0, read, StandardCharsets.US_ASCII);
            return answer.startsWith("+PONG") || answer.startsWith("-NOAUTH");
        } catch (IOException notYet) {
            return false;
        }
    }

    private void signal(String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IOException("kill " + signal + " failed");
        }
    }

    private void signalQuietly(String signal) {
        try {
            signal(signal);
        } catch (IOException | InterruptedException ignored) {
            // Best effort before a SIGKILL.
        }
    }

    /**
     * The machine's redis-server if it has one, else the embedded-redis artifact's binary. With
     * {@code -Dhabits.test.redis-server=embedded} the artifact's binary always, to try what a fresh machine runs.
     */
    static Path binary() throws IOException {
        if ("embedded".equals(System.getProperty("habits.test.redis-server"))) {
            return ExecutableProvider.newJarResourceProvider().get().toPath();
        }
        Optional<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "redis-server"))
                .filter(Files::isExecutable)
                .findFirst();
        if (onPath.isPresent()) {
            return onPath.get();
        }
        return ExecutableProvider.newJarResourceProvider().get().toPath();
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
