package com.roamvault.device.engine.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.roamvault.device.engine.crypto.Aead;
import com.roamvault.device.engine.crypto.AuthenticationFailedException;
import com.roamvault.device.engine.keystore.KeystoreKey;
import com.roamvault.protocol.Json;
import com.roamvault.protocol.audit.AuditUploadEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bytes of journal.bin (format 2): each event sealed on its own, so that a damaged file still
 * gives back every event before the first bad byte.
 * <pre>
 * "RVJOURN" 0x02 | file id (16 random bytes) | frame* ;  frame = length (4 bytes, big-endian) | sealed
 * </pre>
 * Each frame is AES-256-GCM under the device key, with the file id, its index and whether it is
 * the last frame as associated data: frames cannot be reordered, moved between files or cut off
 * unnoticed. The last frame holds the counters ({@link Meta}); the ones before it the pending
 * events, oldest first. Format 1 (one sealed JSON document) is still read.
 */
final class JournalCodec {
    private static final byte[] MAGIC = "RVJOURN\u0002".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LABEL = "roamvault audit journal v2".getBytes(StandardCharsets.UTF_8);
    private static final byte[] V1_AAD = "roamvault audit journal v1".getBytes(StandardCharsets.UTF_8);
    private static final int ID_BYTES = 16;
    private static final int MIN_FRAME = Aead.NONCE_BYTES + Aead.TAG_BYTES;
    private static final ObjectMapper JSON = Json.mapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeystoreKey deviceKey;

    JournalCodec(KeystoreKey deviceKey) {
        this.deviceKey = deviceKey;
    }

    /** The journal's counters, in its last frame. */
    record Meta(long uploaded) {
    }

    /** What a file gave: its content, or the verifiable part of it and what was wrong ({@code damage}). */
    record Decoded(JournalFile content, String damage) {
        boolean intact() {
            return damage == null;
        }
    }

    byte[] encode(JournalFile content) {
        byte[] id = new byte[ID_BYTES];
        RANDOM.nextBytes(id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(MAGIC);
        out.writeBytes(id);
        List<AuditUploadEvent> events = content.pending();
        for (int i = 0; i < events.size(); i++) {
            frame(out, id, i, false, json(events.get(i)));
        }
        frame(out, id, events.size(), true, json(new Meta(content.uploaded())));
        return out.toByteArray();
    }

    Decoded decode(byte[] raw) {
        if (!startsWithMagic(raw)) {
            return decodeV1(raw);
        }
        List<AuditUploadEvent> kept = new ArrayList<>();
        if (raw.length < MAGIC.length + ID_BYTES) {
            return damaged(kept, "too short");
        }
        byte[] id = Arrays.copyOfRange(raw, MAGIC.length, MAGIC.length + ID_BYTES);
        int at = MAGIC.length + ID_BYTES;
        for (int index = 0; at < raw.length; index++) {
            if (raw.length - at < Integer.BYTES) {
                return damaged(kept, "cut inside frame " + index);
            }
            int length = ByteBuffer.wrap(raw, at, Integer.BYTES).getInt();
            at += Integer.BYTES;
            if (length < MIN_FRAME || length > raw.length - at) {
                return damaged(kept, "frame " + index + " has a bad length");
            }
            byte[] sealed = Arrays.copyOfRange(raw, at, at + length);
            at += length;
            byte[] plain = open(sealed, id, index, false);
            if (plain != null) {
                AuditUploadEvent event = parse(plain, AuditUploadEvent.class);
                if (event == null) {
                    return damaged(kept, "frame " + index + " is unreadable");
                }
                kept.add(event);
                continue;
            }
            plain = open(sealed, id, index, true);
            Meta meta = plain == null ? null : parse(plain, Meta.class);
            if (meta == null) {
                return damaged(kept, "frame " + index + " does not verify");
            }
            JournalFile content = new JournalFile(JournalFile.FORMAT, meta.uploaded(), kept);
            return new Decoded(content, at == raw.length ? null : "bytes after its end");
        }
        return damaged(kept, "its end is missing");
    }

    private Decoded decodeV1(byte[] raw) {
        try {
            JournalFile v1 = JSON.readValue(deviceKey.decrypt(raw, V1_AAD), JournalFile.class);
            return v1.format() == 1 ? new Decoded(v1, null) : damaged(List.of(), "unknown format " + v1.format());
        } catch (AuthenticationFailedException | IOException | IllegalArgumentException e) {
            return damaged(List.of(), "it does not decrypt under this device's key");
        }
    }

    private static Decoded damaged(List<AuditUploadEvent> kept, String why) {
        return new Decoded(new JournalFile(JournalFile.FORMAT, 0, List.copyOf(kept)), why);
    }

    private void frame(ByteArrayOutputStream out, byte[] id, int index, boolean last, byte[] plain) {
        byte[] sealed = deviceKey.encrypt(plain, aad(id, index, last));
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(sealed.length).array());
        out.writeBytes(sealed);
    }

    private byte[] open(byte[] sealed, byte[] id, int index, boolean last) {
        try {
            return deviceKey.decrypt(sealed, aad(id, index, last));
        } catch (AuthenticationFailedException e) {
            return null;
        }
    }

    private static byte[] aad(byte[] id, int index, boolean last) {
        return ByteBuffer.allocate(LABEL.length + ID_BYTES + Integer.BYTES + 1).put(LABEL).put(id).putInt(index)
                .put((byte) (last ? 1 : 0)).array();
    }

    private static boolean startsWithMagic(byte[] raw) {
        return raw.length >= MAGIC.length && Arrays.equals(raw, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise the journal", e);
        }
    }

    private static <T> T parse(byte[] plain, Class<T> type) {
        try {
            return JSON.readValue(plain, type);
        } catch (IOException e) {
            return null;
        }
    }
}
