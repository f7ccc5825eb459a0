package com.roamvault.protocol.pairing;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The out-of-band pairing code {@code roamvault://pair?server=<https URL>&pin=sha256/<base64>&user=<name>}.
 * The pin is the SHA-256 of the App Server certificate's public key (SPKI).
 */
public record PairingUri(URI server, String pin, String user) {

    public static final String PREFIX = "roamvault://pair?";

    public PairingUri {
        if (server == null || !"https".equalsIgnoreCase(server.getScheme()) || server.getHost() == null) {
            throw new IllegalArgumentException("The pairing code's server must be an https:// URL with a host");
        }
        requireValidPin(pin);
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("The pairing code names no user");
        }
    }

    public static PairingUri parse(String text) {
        if (text == null || !text.strip().startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a Roamvault pairing code: it must start with " + PREFIX);
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : text.strip().substring(PREFIX.length()).split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Malformed pairing code parameter: " + pair);
            }
            String key = decode(pair.substring(0, eq));
            if (params.put(key, decode(pair.substring(eq + 1))) != null) {
                throw new IllegalArgumentException("The pairing code repeats the parameter " + key);
            }
        }
        for (String required : new String[] {"server", "pin", "user"}) {
            if (!params.containsKey(required)) {
                throw new IllegalArgumentException("The pairing code lacks the parameter " + required);
            }
        }
        URI server;
        try {
            server = URI.create(params.get("server"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The pairing code's server is not a URL: " + params.get("server"));
        }
        return new PairingUri(server, params.get("pin"), params.get("user"));
    }

    public String format() {
        return PREFIX + "server=" + encode(server.toString()) + "&pin=" + encode(pin) + "&user=" + encode(user);
    }

    @Override
    public String toString() {
        return format();
    }

    /** A pin is {@code sha256/} and the base64 of exactly 32 bytes. */
    public static void requireValidPin(String pin) {
        if (pin == null || !pin.startsWith("sha256/")) {
            throw new IllegalArgumentException("A certificate pin must look like sha256/<base64 of 32 bytes>");
        }
        byte[] hash;
        try {
            hash = Base64.getDecoder().decode(pin.substring("sha256/".length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("A certificate pin must look like sha256/<base64 of 32 bytes>");
        }
        if (hash.length != 32) {
            throw new IllegalArgumentException("A certificate pin must hash to 32 bytes, this one has " + hash.length);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Malformed escape in pairing code: " + s);
        }
    }
}
