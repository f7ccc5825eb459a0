package com.roamvault.server.sync;

import com.roamvault.server.http.ApiException;
import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The opaque sync cursor: which device, up to which vault revision, and which lists that device
 * was given. The server needs the lists to tell a phone what to drop when access ends, and it
 * keeps no per-device state, so the cursor carries them, sealed with an HMAC a phone cannot forge.
 * Compact binary (list ids as delta varints) so it fits a query string even for many lists.
 */
record SyncCursor(String deviceId, long revision, List<Long> listIds) {
    private static final byte VERSION = 1;
    private static final int MAC_BYTES = 32;
    private static final int MAX_TEXT = 8_192;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    SyncCursor {
        listIds = listIds.stream().distinct().sorted().toList();
    }

    String encode(byte[] key) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + listIds.size() * 2);
        UUID device = UUID.fromString(deviceId);
        out.write(VERSION);
        writeLong(out, device.getMostSignificantBits());
        writeLong(out, device.getLeastSignificantBits());
        writeLong(out, revision);
        writeVarint(out, listIds.size());
        long previous = 0;
        for (long id : listIds) {
            writeVarint(out, id - previous);
            previous = id;
        }
        byte[] payload = out.toByteArray();
        out.writeBytes(mac(key, payload));
        return B64.encodeToString(out.toByteArray());
    }

    /** Reads a cursor this server issued; anything else (edited, forged, truncated, junk) is {@code bad_request}. */
    static SyncCursor decode(String text, byte[] key) {
        byte[] raw;
        try {
            if (text.length() > MAX_TEXT) {
                throw invalid();
            }
            raw = Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (raw.length < 1 + 24 + 1 + MAC_BYTES) {
            throw invalid();
        }
        byte[] payload = Arrays.copyOf(raw, raw.length - MAC_BYTES);
        byte[] mac = Arrays.copyOfRange(raw, raw.length - MAC_BYTES, raw.length);
        if (!MessageDigest.isEqual(mac(key, payload), mac)) {
            throw invalid();
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(payload);
            if (in.get() != VERSION) {
                throw invalid();
            }
            String device = new UUID(in.getLong(), in.getLong()).toString();
            long revision = in.getLong();
            long count = readVarint(in);
            if (count > payload.length) {
                throw invalid();
            }
            List<Long> lists = new ArrayList<>((int) count);
            long previous = 0;
            for (long i = 0; i < count; i++) {
                previous += readVarint(in);
                lists.add(previous);
            }
            if (in.hasRemaining()) {
                throw invalid();
            }
            return new SyncCursor(device, revision, lists);
        } catch (BufferUnderflowException e) {
            throw invalid();
        }
    }

    static ApiException invalid() {
        return ApiException.badRequest("The sync cursor is not one this server issued (altered, truncated or "
                + "from another server); sync again without a cursor");
    }

    private static byte[] mac(byte[] key, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    private static void writeLong(ByteArrayOutputStream out, long v) {
        out.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(v).array());
    }

    private static void writeVarint(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static long readVarint(ByteBuffer in) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = in.get();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw invalid();
    }
}
