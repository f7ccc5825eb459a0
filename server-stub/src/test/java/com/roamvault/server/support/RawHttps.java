package com.roamvault.server.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * Sends exactly the bytes given over TLS to a server and reads one answer: for requests no HTTP client
 * would send (broken percent-encoding, bad chunking, lying Content-Length, unknown methods, HTTP/1.0).
 * Trusts only the server's own certificate.
 */
public final class RawHttps {
    private final SSLSocketFactory sockets;
    private final String host;
    private final int port;

    public RawHttps(X509Certificate certificate, String host, int port) {
        this.sockets = trusting(certificate);
        this.host = host;
        this.port = port;
    }

    public static RawHttps to(TestServer server) {
        java.net.URI url = java.net.URI.create(server.server().url());
        return new RawHttps(server.server().wiring().keys().certificate(), url.getHost(), url.getPort());
    }

    /** One answer: its status line's code, its headers (names lower case), its body as text. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + body;
        }
    }

    public Answer send(String request) {
        return send(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Sends the bytes and reads one answer, until its end or until the server closes. */
    public Answer send(byte[] request) {
        return send(request, false);
    }

    /**
     * Sends the bytes, then ends the client's side of the stream (TLS close_notify) as a client that
     * promised more body than it sent and went away does; reads the one answer.
     */
    public Answer sendThenHalfClose(String request) {
        return send(request.getBytes(StandardCharsets.ISO_8859_1), true);
    }

    private Answer send(byte[] request, boolean halfClose) {
        try (SSLSocket socket = (SSLSocket) sockets.createSocket(host, port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
                if (halfClose) {
                    socket.shutdownOutput();
                }
            } catch (IOException e) {
                // The server may answer and close before reading everything (an oversized request).
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        int matched = 0;
        while (matched < 4 && (b = in.read()) != -1) {
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        if (lines.length == 0 || !lines[0].startsWith("HTTP/")) {
            return new Answer(-1, Map.of(), head.toString(StandardCharsets.ISO_8859_1));
        }
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
        }
        return new Answer(status, headers, body(in, headers));
    }

    private static String body(InputStream in, Map<String, String> headers) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            if (headers.containsKey("content-length")) {
                byte[] bytes = in.readNBytes(Integer.parseInt(headers.get("content-length")));
                body.write(bytes);
            } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                readChunks(in, body);
            } else {
                in.transferTo(body);
            }
        } catch (SocketTimeoutException | javax.net.ssl.SSLException e) {
            // what arrived before the server went quiet or closed the connection is the body
        }
        return body.toString(StandardCharsets.UTF_8);
    }

    private static void readChunks(InputStream in, ByteArrayOutputStream body) throws IOException {
        while (true) {
            String size = line(in);
            int length = Integer.parseInt(size.split(";")[0].strip(), 16);
            if (length == 0) {
                line(in);
                return;
            }
            body.write(in.readNBytes(length));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private static SSLSocketFactory trusting(X509Certificate certificate) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            store.setCertificateEntry("server", certificate);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot trust the test server's certificate", e);
        }
    }
}
