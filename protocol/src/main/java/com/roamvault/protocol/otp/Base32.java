package com.roamvault.protocol.otp;

import java.util.Locale;

/**
 * RFC 4648 base32 as authenticator apps write it: any case, padding optional, spaces tolerated.
 * Written here because the wire contract depends on nothing but the JDK and Jackson.
 */
final class Base32 {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {
    }

    /** The bytes, or null when the text is not base32 (a stray character, or a length no encoder writes). */
    static byte[] decodeOrNull(String text) {
        String digits = text.replace(" ", "").replaceFirst("=+$", "").toUpperCase(Locale.ROOT);
        // 1, 3 and 6 characters past a full block of 8 cannot come from whole bytes.
        int tail = digits.length() % 8;
        if (tail == 1 || tail == 3 || tail == 6) {
            return null;
        }
        byte[] out = new byte[digits.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int next = 0;
        for (int i = 0; i < digits.length(); i++) {
            int value = ALPHABET.indexOf(digits.charAt(i));
            if (value < 0) {
                return null;
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                out[next++] = (byte) (buffer >> bits);
            }
        }
        return out;
    }
}
