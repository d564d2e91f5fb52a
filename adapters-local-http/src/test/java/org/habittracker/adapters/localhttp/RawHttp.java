package org.habittracker.adapters.localhttp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 by hand over a socket, for what an HTTP client library will not send: a made-up method, {@code %00} or
 * {@code %2e%2e} in a path as it is, a body larger than it says, headers past any limit.
 */
final class RawHttp {

    /** An answer: status, headers by lower-case name (the last value of each), the body as text. */
    record Answer(int status, Map<String, String> headers, String body) {
        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    /**
     * Who sends: from which loopback address (the server sees each as a client of its own, so a per-client throttle
     * counts them apart), and whether it stops sending once the body is out, as a client that lied about the
     * body's length and gave up would: the server then reads the end of the stream instead of waiting.
     */
    record Client(InetAddress address, boolean stopsSendingAfterBody) {
        static final Client DEFAULT = new Client(InetAddress.getLoopbackAddress(), false);

        Client stoppingAfterBody() {
            return new Client(address, true);
        }
    }

    private RawHttp() {
    }

    /** Sends the request head ({@code Connection: close} added) and the body, and reads the whole answer. */
    static Answer send(int port, String head, byte[] body) {
        return send(Client.DEFAULT, port, head, body);
    }

    static Answer send(Client client, int port, String head, byte[] body) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, client.address(), 0)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "Host: localhost:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(body);
                out.flush();
                if (client.stopsSendingAfterBody()) {
                    socket.shutdownOutput();
                }
            } catch (IOException closedEarly) {
                // the server may answer and close before the whole body is sent: its answer is what counts
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Answer send(int port, String head) {
        return send(port, head, new byte[0]);
    }

    private static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line(in).strip(), 16); size > 0;
                    size = Integer.parseInt(line(in).strip(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        } else if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        } else {
            body.write(in.readAllBytes());
        }
        return new Answer(status, headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
