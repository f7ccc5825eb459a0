package com.roamvault.protocol.otp;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 time-based one-time codes, the same on the server and on the phone offline. */
public final class Totp {
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
        100_000_000};

    private Totp() {
    }

    /** The code valid at the instant, zero-padded to the key's digits. */
    public static String code(OtpUri uri, Instant at) {
        byte[] hash = hmac(uri, ByteBuffer.allocate(Long.BYTES).putLong(step(uri, at)).array());
        // RFC 4226 dynamic truncation: 31 bits read where the last nibble points.
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS_OF_TEN[uri.digits()]);
        return "0".repeat(uri.digits() - code.length()) + code;
    }

    /** Seconds until the code changes, 1 to the key's period. */
    public static int secondsLeft(OtpUri uri, Instant at) {
        return uri.periodSeconds() - (int) Math.floorMod(at.getEpochSecond(), (long) uri.periodSeconds());
    }

    private static long step(OtpUri uri, Instant at) {
        return Math.floorDiv(at.getEpochSecond(), (long) uri.periodSeconds());
    }

    private static byte[] hmac(OtpUri uri, byte[] counter) {
        byte[] secret = uri.secret();
        try {
            Mac mac = Mac.getInstance(uri.algorithm().macName());
            mac.init(new SecretKeySpec(secret, uri.algorithm().macName()));
            return mac.doFinal(counter);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + uri.algorithm().macName(), e);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }
}
