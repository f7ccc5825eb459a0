package com.roamvault.attack.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Requests only raw bytes can carry: broken percent-encoding and traversal no client would normalise away,
 * bad chunking, lying Content-Lengths, HTTP/1.0 and 0.9, bad Hosts, control and non-UTF-8 bytes. All without
 * credentials. A body shorter than it claims is sent with the client's side then closed (see {@link #CUT_SHORT}).
 */
final class RawRequests {
    /** The kind of a request whose body is cut short: sent, then half-closed, as a client that went away. */
    static final String CUT_SHORT = "cut-short body";
    private static final List<String> BAD_PATH_PARTS = List.of("%zz", "%", "%g1", "%u0041", "%00", "%2e%2e", "..",
            "../../../etc/passwd", "%2e%2e%2f%2e%2e%2f", "..%5c..%5c", "%c0%af", "%c0%ae%c0%ae", "%ed%a0%80", "%ff%fe",
            "a%0d%0aSet-Cookie:%20x", "%e2%80%ae", "//", "/./", ";jsessionid=1", "%252e%252e%252f");

    private final Random random;

    RawRequests(Random random) {
        this.random = random;
    }

    List<HostileRequest> generate(int count) {
        List<HostileRequest> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Endpoint target = HostileValues.pick(random, Endpoint.ALL);
            String method = random.nextInt(3) == 0 ? HostileValues.pick(random, HostileValues.METHODS) : target.method();
            out.add(one(target, method));
        }
        return out;
    }

    private HostileRequest one(Endpoint target, String method) {
        String path = target.with(HostileValues.pick(random, BAD_PATH_PARTS));
        String host = "Host: localhost\r\n";
        String close = "Connection: close\r\n";
        return switch (random.nextInt(12)) {
            case 0 -> raw("bad percent-encoding", path, method + " " + target.with("%zz") + "/" + pick() + " HTTP/1.1\r\n"
                    + host + close + "\r\n");
            case 1 -> raw("traversal and odd bytes in the path", path, method + " " + path + " HTTP/1.1\r\n" + host + close + "\r\n");
            case 2 -> raw("bad chunking", path, "POST " + target.with("1") + " HTTP/1.1\r\n" + host + close
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + HostileValues.pick(random, List.of("zz", "FFFFFFFFFFFFFFFFFF", "-1", "1;x=\u0001", "")) + "\r\n{}\r\n0\r\n\r\n");
            case 3 -> raw("bad Content-Length", path, method + " " + target.with("1") + " HTTP/1.1\r\n" + host + close
                    + "Content-Type: application/json\r\n" + HostileValues.pick(random, List.of("Content-Length: abc\r\n",
                    "Content-Length: -1\r\n", "Content-Length: 2\r\nContent-Length: 3\r\n",
                    "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n", "Content-Length: 99999999999999999999\r\n",
                    "Content-Length: 5000000\r\n")) + "\r\n{}");
            case 4 -> new HostileRequest("malformed-http", CUT_SHORT, "RAW", path, java.util.Map.of(), null,
                    ascii(method + " " + target.with("1") + " HTTP/1.1\r\n" + host + "Content-Type: application/json\r\n"
                            + (random.nextBoolean() ? "Content-Length: 500\r\n\r\n{\"a\":" : "Transfer-Encoding: chunked\r\n\r\n300\r\nxx")));
            case 5 -> raw("HTTP/1.0 and 0.9", path, HostileValues.pick(random, List.of(
                    method + " " + target.with("1") + " HTTP/1.0\r\n\r\n", method + " " + target.with("1") + "\r\n\r\n",
                    method + " " + target.with("1") + " HTTP/2.0\r\n" + host + close + "\r\n",
                    method + " " + target.with("1") + " HTTP/1.1 extra\r\n" + host + close + "\r\n")));
            case 6 -> raw("bad Host", path, method + " " + target.with("1") + " HTTP/1.1\r\n" + HostileValues.pick(random, List.of(
                    "", "Host: a b\r\n", "Host: x\r\nHost: y\r\n", "Host: [::1\r\n", "Host: " + "h".repeat(5000) + "\r\n",
                    "Host: localhost:99999\r\n")) + close + "\r\n");
            case 7 -> raw("illegal header bytes", path, method + " " + target.with("1") + " HTTP/1.1\r\n" + host + close
                    + HostileValues.pick(random, List.of("X-Bad\u0001: v\r\n", ": empty\r\n", " folded\r\n", "X-A: \u0000\r\n",
                    "Authorization: Bearer \u00ff\u00fe\r\n", "X-Nl: a\rb\r\n")) + "\r\n");
            case 8 -> raw("oversized URI or headers", path, method + " " + target.with("1") + "?q=" + "a".repeat(9_000
                    + random.nextInt(20_000)) + " HTTP/1.1\r\n" + host + close + "Authorization: Bearer "
                    + "t".repeat(random.nextInt(12_000)) + "\r\n\r\n");
            case 9 -> new HostileRequest("malformed-http", "non-UTF-8 path bytes", "RAW", path, java.util.Map.of(), null,
                    concat(ascii(method + " " + target.with("")), new byte[] {(byte) 0xC0, (byte) 0xAF, (byte) 0xFF},
                            ascii(" HTTP/1.1\r\n" + host + close + "\r\n")));
            case 10 -> raw("request smuggling framing", path, "POST " + target.with("1") + " HTTP/1.1\r\n" + host
                    + "Transfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n" + close + "\r\n0\r\n\r\nGET /api/admin/v1/users HTTP/1.1\r\n"
                    + host + "\r\n");
            default -> raw("unknown method on a raw path", path, HostileValues.pick(random, List.of("FOO", "TRACE", "CONNECT",
                    "OPTIONS", "M-SEARCH", "G\u0001T", "get")) + " " + HostileValues.pick(random, List.of("*", path, "localhost:443"))
                    + " HTTP/1.1\r\n" + host + close + "\r\n");
        };
    }

    private String pick() {
        return HostileValues.pick(random, BAD_PATH_PARTS);
    }

    private static HostileRequest raw(String kind, String path, String text) {
        return HostileRequest.raw("malformed-http", kind, path, ascii(text));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
